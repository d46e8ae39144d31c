import { useCallback, useEffect, useState } from 'react';
import { reworded, type ClientError } from '../../i18n/server-errors';
import type { MatterSummary } from '../../../cloudfunctions/lib/contract/requests';
import { localizeSummary } from './matter-text';
import { tActions } from '../../i18n/actions';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import type { GrantStatus, StaffGrantView } from '../../../cloudfunctions/lib/contract/enterprise';
import { staffApi } from './staff-api';

/** Agent grants waiting for a reviewer (or of another status), approved or refused with a comment. */
export function useGrantApprovals() {
  const [status, setStatus] = useState<GrantStatus>('pending');
  const [items, setItems] = useState<StaffGrantView[]>([]);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [error, setError] = useState<ClientError | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  // The matters a grant covers are named, never shown by code; in the reader's language at each render.
  const [matters, setMatters] = useState<MatterSummary[]>([]);
  useEffect(() => {
    void staffApi.catalog().then((r) => r.ok && setMatters(r.data));
  }, []);

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
    matterName: (code: string) => {
      const matter = matters.find((m) => m.code === code);
      return matter ? localizeSummary(matter).name : code;
    },
    comments,
    setComment: (grantId: string, text: string) => setComments((c) => ({ ...c, [grantId]: text })),
    // Kept as the cloud sent it, worded at render (a language switch in place).
    error: reworded(error),
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
