import { useCallback, useState } from 'react';
import type { FeedbackQueueItem } from '../../../cloudfunctions/lib/contract/feedback-handling';
import { tReports } from '../../i18n/reports';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import { staffFeedbackApi } from './staff-feedback-api';
import { useSaid } from '../said/use-said';

/** The staff feedback queue: soonest due first (the function's order), assign to me, reply, close. */
export function useStaffFeedback() {
  const [items, setItems] = useState<FeedbackQueueItem[]>([]);
  const [replies, setReplies] = useState<Record<string, string>>({});
  const [error, setError] = useSaid();
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await staffFeedbackApi.queue();
    setLoaded(true);
    if (r.ok) setItems(r.data.items);
    setError(r.ok ? null : r.error);
  }, []);

  async function run(action: () => ReturnType<typeof staffFeedbackApi.assign>, done?: string) {
    if (busy) return;
    setBusy(true);
    const r = await action();
    setBusy(false);
    if (!r.ok) setError(r.error);
    else if (done) toastSuccess(done);
    await load();
  }

  return {
    items,
    replies,
    setReply: (id: string, text: string) => setReplies((all) => ({ ...all, [id]: text })),
    error,
    loaded,
    busy,
    load,
    assign: (id: string) => run(() => staffFeedbackApi.assign(id)),
    reply: (id: string) => run(() => staffFeedbackApi.reply(id, (replies[id] ?? '').trim())),
    close: async (id: string) => {
      if (await confirmAction(tReports.closeFeedback))
        await run(() => staffFeedbackApi.close(id), tReports.closeFeedback.done);
    },
  };
}
