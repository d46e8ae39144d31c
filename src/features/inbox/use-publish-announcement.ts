import { useState } from 'react';
import type { AnnouncementPublished, AnnouncementType } from '../../../cloudfunctions/lib/contract/announcement';
import { tPush } from '../../i18n/push';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import { useSaid } from '../said/use-said';
import { notifyApi } from './notify-api';

const BEIJING_OFFSET_HOURS = 8;

/** "2027-01-10 22:00" read as Beijing time (what staff type), as epoch ms; null if not such a time. */
export function beijingInput(text: string): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  return Date.UTC(y, mo - 1, d, h - BEIJING_OFFSET_HOURS, mi);
}

export interface AnnouncementForm {
  type: AnnouncementType;
  title: string;
  body: string;
  startsAt: string;
  endsAt: string;
}

/** An admin announces maintenance or a service change: asked first, then the inbox push runs to the end. */
export function usePublishAnnouncement() {
  const [form, setForm] = useState<AnnouncementForm>({
    type: 'maintenance',
    title: '',
    body: '',
    startsAt: '',
    endsAt: '',
  });
  const [published, setPublished] = useState<AnnouncementPublished | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid(tPush.announce);

  const set = <K extends keyof AnnouncementForm>(key: K, value: AnnouncementForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  async function publish() {
    const startsAt = beijingInput(form.startsAt);
    const endsAt = beijingInput(form.endsAt);
    if (startsAt === null || endsAt === null) return setError('badTime');
    if (!(await confirmAction(tPush.confirmAnnounce))) return;
    setBusy(true);
    const r = await notifyApi.publishAnnouncement({
      type: form.type,
      title: form.title,
      body: form.body,
      startsAt,
      endsAt,
    });
    if (!r.ok) {
      setError(r.error);
      setBusy(false);
      return;
    }
    setError(null);
    setPublished(r.data);
    // To everyone: a second admin approves it on the staff desk and sends it from there.
    if (r.data.job.proposalId) return setBusy(false);
    for (;;) {
      const run = await notifyApi.runPushJob(r.data.job.jobId, 200);
      if (!run.ok) {
        setError(run.error);
        break;
      }
      if (run.data.status === 'done') {
        toastSuccess(tPush.confirmAnnounce.done);
        break;
      }
    }
    setBusy(false);
  }

  return { form, set, published, endsAt: beijingInput(form.endsAt), busy, error, publish };
}
