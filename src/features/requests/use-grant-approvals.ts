import { useCallback, useState } from 'react';
import { tActions } from '../../i18n/actions';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import type { GrantStatus, StaffGrantView } from '../../../cloudfunctions/lib/contract/enterprise';
import { staffApi } from './staff-api';

/** Agent grants waiting for a reviewer (or of another status), approved or refused with a comment. */
export function useGrantApprovals() {
  const [status, setStatus] = useState<GrantStatus>('pending');
  const [items, setItems] = useState<StaffGrantView[]>([]);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);

  // The list names agents masked; each grant's detail (agent, authorisation) is an audited read.
  const load = useCallback(async (which: GrantStatus) => {
    const r = await staffApi.grantQueue({ status: which });
    setLoaded(true);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    const details = await Promise.all(r.data.items.map((g) => staffApi.grantDetail(g.id)));
    setItems(details.flatMap((d) => (d.ok ? [d.data] : [])));
    setError(details.find((d) => !d.ok)?.error ?? null);
  }, []);

  return {
    status,
    items,
    comments,
    setComment: (grantId: string, text: string) => setComments((c) => ({ ...c, [grantId]: text })),
    error,
    loaded,
    busy,
    load: () => load(status),
    show: (which: GrantStatus) => {
      setStatus(which);
      void load(which);
    },
    decide: async (grantId: string, decision: 'approve' | 'refuse') => {
      if (busy) return;
      const copy = decision === 'approve' ? tActions.approve : tActions.reject;
      if (!(await confirmAction(copy))) return;
      setBusy(true);
      const r = await staffApi.decideGrant(grantId, decision, (comments[grantId] ?? '').trim());
      setBusy(false);
      if (!r.ok) setError(r.error);
      else toastSuccess(copy.done);
      await load(status);
    },
  };
}
