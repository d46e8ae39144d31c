import { useCallback, useState } from 'react';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type { DecideProposalOutput, ProposalView } from '../../../cloudfunctions/lib/contract/proposals';
import type { ClientError } from '../../i18n/server-errors';
import { useSaid } from '../said/use-said';
import { cloudClient } from '../../services/cloud';
import { notifyApi } from '../inbox/notify-api';

const a = FUNCTIONS.account;

/** The approver sends an approved push to everyone, step by step, to the end. */
async function sendApproved(jobId: string): Promise<ClientError | null> {
  for (;;) {
    const run = await notifyApi.runPushJob(jobId, 200);
    if (!run.ok) return run.error;
    if (run.data.status === 'done') return null;
  }
}

/**
 * Role grants and pushes to everyone waiting for a second admin (two-person rule), shown on the staff desk to admins.
 * The cloud checks the role and refuses an admin's own proposal; the list marks those as `mine`.
 */
export function useProposals(roles: readonly Role[]) {
  const [items, setItems] = useState<ProposalView[]>([]);
  const [said, setError] = useSaid();
  const isAdmin = roles.includes('admin');
  const load = useCallback(async () => {
    if (!isAdmin) return;
    const r = await cloudClient.call<ProposalView[], 'account'>('account', a.proposals, {});
    if (r.ok) setItems(r.data);
    else setError(r.error);
  }, [isAdmin, setError]);
  const decide = useCallback(
    async (id: string, decision: 'approve' | 'reject'): Promise<boolean> => {
      const r = await cloudClient.call<DecideProposalOutput, 'account'>('account', a.decideProposal, {
        id,
        decision,
      });
      if (!r.ok) setError(r.error);
      const sendError = r.ok && r.data.jobId ? await sendApproved(r.data.jobId) : null;
      if (sendError) setError(sendError);
      await load();
      return r.ok && !sendError;
    },
    [load, setError],
  );
  return { isAdmin, items, error: said || null, load, decide };
}
