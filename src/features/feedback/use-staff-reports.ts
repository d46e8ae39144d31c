import { useCallback, useState } from 'react';
import type { ReportOutcome, ReportQueueItem } from '../../../cloudfunctions/lib/contract/reports';
import { tReports } from '../../i18n/reports';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import { useSaid } from '../said/use-said';
import { staffFeedbackApi } from './staff-feedback-api';

/** The staff reports queue: flagged first (the function's order), each decided once after a confirmation. */
export function useStaffReports() {
  const [items, setItems] = useState<ReportQueueItem[]>([]);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [error, setError] = useSaid(tReports.reportQueue);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await staffFeedbackApi.reportQueue();
    setLoaded(true);
    if (r.ok) setItems(r.data.items);
    setError(r.ok ? null : r.error);
  }, [setError]);

  async function decide(id: string, outcome: ReportOutcome) {
    const note = (notes[id] ?? '').trim();
    if (!note) {
      setError('noteRequired');
      return;
    }
    if (busy || !(await confirmAction(tReports.decideReport))) return;
    setBusy(true);
    const r = await staffFeedbackApi.decideReport(id, outcome, note);
    setBusy(false);
    if (!r.ok) setError(r.error);
    else toastSuccess(tReports.decideReport.done);
    await load();
  }

  return {
    items,
    notes,
    setNote: (id: string, text: string) => setNotes((all) => ({ ...all, [id]: text })),
    error,
    loaded,
    busy,
    load,
    decide,
  };
}
