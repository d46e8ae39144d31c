import { useCallback, useState } from 'react';
import * as v from 'valibot';
import {
  RegisterEnterpriseInputSchema,
  RequestGrantInputSchema,
  type AgentGrantView,
  type EnterpriseView,
} from '../../../cloudfunctions/lib/contract/enterprise';
import type { DocumentType } from '../../../cloudfunctions/lib/contract/identity-document';
import type { EnterpriseRef, MatterSummary } from '../../../cloudfunctions/lib/contract/requests';
import { checkUscc, normalizeUscc } from '../../../cloudfunctions/lib/contract/uscc';
import { tr } from '../../i18n/requests';
import type { DraftMaterial } from './apply-draft';
import { leadToVerification } from '../account/level-required';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import { pickAndUpload, uploadNotice, type MaterialSource, type UploadNote } from './material-upload';
import { requestsApi } from './requests-api';
import { shanghaiDate } from '../../../cloudfunctions/lib/contract/shanghai-date';
import { localizeSummary } from './matter-text';
import { useSaid } from '../said/use-said';

export interface EnterpriseForm {
  uscc: string;
  name: string;
  representative: string;
  documentType: DocumentType;
  documentNumber: string;
}

export interface GrantForm {
  matterCodes: string[];
  validFrom: string;
  validUntil: string;
  authorisation: DraftMaterial | null;
}

/**
 * What the page last told the person, held as what happened rather than as text: the catalog is
 * read at render, so a language switched in place rewrites it too.
 */
type Notice =
  | { kind: 'registered' }
  | { kind: 'takenOver'; name: string }
  | { kind: 'grantSubmitted' }
  | { kind: 'upload'; notes: UploadNote[] };

function noticeText(notice: Notice): string {
  if (notice.kind === 'registered') return tr.enterprise.registered;
  if (notice.kind === 'takenOver') return tr.enterprise.takeover.takenOver(notice.name);
  if (notice.kind === 'grantSubmitted') return tr.enterprise.grantSubmitted;
  return uploadNotice(notice.notes);
}

const AUTHORISATION_SPEC = { code: 'authorisation', kinds: ['pdf', 'jpeg', 'png'] as const, maxBytes: 20 << 20 };

/** Why a typed code is not a valid unified social credit code yet (null when it is). */
export function usccIssue(raw: string) {
  return checkUscc(normalizeUscc(raw));
}

export function enterpriseInput(form: EnterpriseForm) {
  return {
    uscc: form.uscc,
    name: form.name,
    legalRepresentative: {
      name: form.representative,
      document: { type: form.documentType, number: form.documentNumber.trim().toUpperCase() },
    },
  };
}

/**
 * Enterprises and agent grants: register an enterprise, ask to act for one (scope, validity,
 * authorisation), my grants, and — as an enterprise's legal representative — revoke its grants.
 */
export function useEnterprise() {
  const today = shanghaiDate();
  const yearOn = shanghaiDate(Date.now() + 364 * 86_400_000);
  const [enterprise, setEnterprise] = useState<EnterpriseForm>({
    uscc: '',
    name: '',
    representative: '',
    documentType: 'resident-id',
    documentNumber: '',
  });
  const [found, setFound] = useState<EnterpriseRef | null>(null);
  const [grant, setGrant] = useState<GrantForm>({
    matterCodes: [],
    validFrom: today,
    validUntil: yearOn,
    authorisation: null,
  });
  // As the cloud sent them; named in the reader's language at each render.
  const [agentMatters, setAgentMatters] = useState<MatterSummary[]>([]);
  const [grants, setGrants] = useState<AgentGrantView[]>([]);
  const [represented, setRepresented] = useState<{ enterprise: EnterpriseView; grants: AgentGrantView[] }[]>([]);
  const [error, setError] = useSaid();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  /** A code registered by someone else whose legal representative the registry says is this person. */
  const [takeover, setTakeover] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [mine, catalog, enterprises] = await Promise.all([
      requestsApi.myGrants(),
      requestsApi.catalog(),
      requestsApi.myEnterprises(),
    ]);
    if (mine.ok) setGrants(mine.data);
    else setError(mine.error);
    if (catalog.ok) {
      setAgentMatters(catalog.data.filter((m) => m.applicants.includes('agent')));
    }
    if (enterprises.ok) {
      const own = enterprises.data.filter((e) => e.isLegalRepresentative);
      const lists = await Promise.all(own.map((e) => requestsApi.enterpriseGrants(e.id)));
      setRepresented(own.map((e, i) => ({ enterprise: e, grants: lists[i]?.ok ? lists[i].data : [] })));
    }
  }, []);

  async function run<T>(
    work: () => Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>,
    onRefused?: (code: string) => void,
  ) {
    if (busy) return null;
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if (result.ok) return result.data;
    setError(result.error);
    onRefused?.(result.error.code);
    leadToVerification(result.error);
    return null;
  }

  const enterpriseValid = v.is(RegisterEnterpriseInputSchema, enterpriseInput(enterprise));
  const grantInput = found &&
    grant.authorisation && {
      enterpriseId: found.id,
      matterCodes: grant.matterCodes,
      validFrom: grant.validFrom,
      validUntil: grant.validUntil,
      authorisationUploadId: grant.authorisation.uploadId,
    };
  const grantValid = Boolean(grantInput) && v.is(RequestGrantInputSchema, grantInput);

  return {
    today,
    enterprise,
    setEnterprise: (patch: Partial<EnterpriseForm>) => setEnterprise((e) => ({ ...e, ...patch })),
    enterpriseValid,
    tried,
    register: async () => {
      setTried(true);
      if (!enterpriseValid) return;
      const uscc = normalizeUscc(enterprise.uscc);
      const view = await run(
        () => requestsApi.registerEnterprise(enterpriseInput(enterprise)),
        (code) => {
          const offered = code === 'ENTERPRISE.TAKEOVER_AVAILABLE';
          setTakeover(offered ? uscc : null);
          // The takeover card explains the refusal; its message beside it would say the same again.
          if (offered) setError(null);
        },
      );
      if (view) {
        setFound(view);
        setNotice({ kind: 'registered' });
        await load();
      }
    },
    takeover,
    /** After a confirmation: the server checks the registry again, takes over, tells the former registrant. */
    takeOver: async () => {
      if (!takeover) return;
      const t = tr.enterprise.takeover;
      const go = await confirmAction({
        title: t.confirmTitle,
        content: t.confirmContent(takeover),
        confirmText: t.confirm,
        cancelText: t.cancel,
      });
      if (!go) return;
      const view = await run(() => requestsApi.takeOverEnterprise(takeover));
      if (!view) return;
      setTakeover(null);
      setFound(view);
      setNotice({ kind: 'takenOver', name: view.name });
      toastSuccess(t.done);
      await load();
    },
    find: async () => {
      if (usccIssue(enterprise.uscc)) return;
      const view = await run(() => requestsApi.findEnterprise(enterprise.uscc));
      setFound(view);
    },
    found,
    agentMatters: agentMatters.map((m) => localizeSummary(m)),
    grant,
    setGrant: (patch: Partial<GrantForm>) => setGrant((g) => ({ ...g, ...patch })),
    toggleMatter: (code: string) =>
      setGrant((g) => ({
        ...g,
        matterCodes: g.matterCodes.includes(code) ? g.matterCodes.filter((c) => c !== code) : [...g.matterCodes, code],
      })),
    addAuthorisation: async (source: MaterialSource) => {
      setBusy(true);
      const outcome = await pickAndUpload({ source, spec: AUTHORISATION_SPEC, purpose: 'authorisation', count: 1 });
      setBusy(false);
      setNotice(outcome.notes.length ? { kind: 'upload', notes: outcome.notes } : null);
      if (outcome.added[0]) setGrant((g) => ({ ...g, authorisation: outcome.added[0] ?? null }));
    },
    grantValid,
    requestGrant: async () => {
      if (!grantInput || !grantValid) return;
      const view = await run(() => requestsApi.requestGrant(grantInput));
      if (view) {
        setNotice({ kind: 'grantSubmitted' });
        setGrant({ matterCodes: [], validFrom: today, validUntil: yearOn, authorisation: null });
        await load();
      }
    },
    grants,
    represented,
    revoke: async (grantId: string, reason: string) => {
      if (await run(() => requestsApi.revokeGrant(grantId, reason))) await load();
    },
    load,
    error,
    notice: notice ? noticeText(notice) : '',
    busy,
  };
}
