import { useState } from 'react';
import type { Audience, PushJobCreated, PushProgress } from '../../../cloudfunctions/lib/contract/notify';
import { tActions } from '../../i18n/actions';
import { tPush } from '../../i18n/push';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import { notifyApi } from './notify-api';
import { useSaid } from '../said/use-said';
import type { ClientError } from '../../i18n/server-errors';

export type AudienceType = Audience['type'];

export interface PushForm {
  title: string;
  body: string;
  kind: string;
  audience: AudienceType;
  accountName: string;
  /** Names of the accounts a security incident affected, separated by commas or spaces. */
  accountNames: string;
  matterCode: string;
  policyDocument: string;
  policyVersion: string;
}

function audienceOf(f: PushForm): Audience {
  switch (f.audience) {
    case 'person':
      return { type: 'person', accountName: f.accountName };
    case 'matter':
      return { type: 'matter', matterCode: f.matterCode };
    case 'policy':
      return {
        type: 'policy',
        documentId: f.policyDocument === 'user-agreement' ? 'user-agreement' : 'privacy-policy',
        version: f.policyVersion,
      };
    case 'accounts':
      return { type: 'accounts', accountNames: f.accountNames.split(/[\s,，]+/).filter(Boolean) };
    case 'everyone':
      return { type: 'everyone' };
  }
}

/** Staff push: create the job (audience size and preview), then send it step by step with progress. */
export function usePushJob() {
  const [form, setForm] = useState<PushForm>({
    title: '',
    body: '',
    kind: 'staff.push',
    audience: 'person',
    accountName: '',
    accountNames: '',
    matterCode: '',
    policyDocument: 'privacy-policy',
    policyVersion: '',
  });
  const [job, setJob] = useState<PushJobCreated | null>(null);
  const [progress, setProgress] = useState<PushProgress | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useSaid();
  const [errorCode, setErrorCode] = useState('');

  const set = <K extends keyof PushForm>(key: K, value: PushForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setJob(null);
    setProgress(null);
  };

  const fail = (e: ClientError) => {
    setError(e);
    setErrorCode(e.code);
  };

  async function create() {
    const r = await notifyApi.createPushJob({
      title: form.title,
      body: form.body,
      kind: form.kind,
      audience: audienceOf(form),
    });
    if (!r.ok) return fail(r.error);
    setError(null);
    setJob(r.data);
  }

  async function send() {
    if (!job) return;
    // Anyone but one named person is a mass send: asked first (issue 20), never sent by a slip.
    if (form.kind === 'security.incident' && !(await confirmAction(tPush.confirmIncident))) return;
    if (form.kind !== 'security.incident' && form.audience !== 'person' && !(await confirmAction(tActions.pushToAll)))
      return;
    setSending(true);
    for (;;) {
      const r = await notifyApi.runPushJob(job.jobId, 200);
      if (!r.ok) {
        fail(r.error);
        break;
      }
      setProgress(r.data);
      if (r.data.status === 'done') {
        toastSuccess(tActions.pushToAll.done);
        break;
      }
    }
    setSending(false);
  }

  return { form, set, job, progress, sending, error, errorCode, create, send };
}
