import { useCallback, useEffect, useState } from 'react';
import type { ReportQueueItem } from '../../../cloudfunctions/lib/contract/reports';
import { tStaffDesk } from '../../i18n/staff-desk';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import { staffFeedbackApi } from '../feedback/staff-feedback-api';
import { useSaid } from '../said/use-said';

/** A report that an account was stolen: what the accounts screen shows first, with 冻结. */
export const isStolenReport = (item: ReportQueueItem): boolean =>
  item.kind === 'account' && item.reason === 'compromised' && item.outcomes.includes('freeze');

/**
 * Open "my account was stolen" reports on the staff accounts screen. 冻结 decides the report with
 * the `freeze` outcome: the cloud freezes the account (as setStatus frozen does), ends its sessions
 * and tells the reporter; staff reach a guest reporter through the contact shown.
 */
export function useStolenReports() {
  const [items, setItems] = useState<ReportQueueItem[]>([]);
  const [error, setError] = useSaid();
  const [busy, setBusy] = useState(false);
  const m = tStaffDesk.accounts;

  const load = useCallback(async () => {
    const r = await staffFeedbackApi.reportQueue();
    if (r.ok) setItems(r.data.items.filter(isStolenReport));
    setError(r.ok ? null : r.error);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function freeze(id: string) {
    if (busy || !(await confirmAction(m.confirmFreeze))) return;
    setBusy(true);
    const r = await staffFeedbackApi.decideReport(id, 'freeze', m.freezeNote);
    setBusy(false);
    if (!r.ok) setError(r.error);
    else toastSuccess(m.frozenDone);
    await load();
  }

  return { items, error, busy, freeze, reload: load };
}
