import { useCallback, useState } from 'react';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type { DecideProposalOutput, ProposalView } from '../../../cloudfunctions/lib/contract/proposals';
import { errorMessage } from '../../i18n/server-errors';
import { cloudClient } from '../../services/cloud';
import { notifyApi } from '../inbox/notify-api';

const a = FUNCTIONS.account;

/** The approver sends an approved push to everyone, step by step, to the end. */
async function sendApproved(jobId: string): Promise<string | null> {
  for (;;) {
    const run = await notifyApi.runPushJob(jobId, 200);
    if (!run.ok) return errorMessage(run.error.code, run.error.message);
    if (run.data.status === 'done') return null;
  }
}

/**
 * Role grants and pushes to everyone waiting for a second admin (two-person rule), shown on the staff desk to admins.
 * The cloud checks the role and refuses an admin's own proposal; the list marks those as `mine`.
 */
export function useProposals(roles: readonly Role[]) {
  const [items, setItems] = useState<ProposalView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const isAdmin = roles.includes('admin');
  const load = useCallback(async () => {
    if (!isAdmin) return;
    const r = await cloudClient.call<ProposalView[], 'account'>('account', a.proposals, {});
    if (r.ok) setItems(r.data);
    else setError(errorMessage(r.error.code, r.error.message));
  }, [isAdmin]);
  const decide = useCallback(
    async (id: string, decision: 'approve' | 'reject'): Promise<boolean> => {
      const r = await cloudClient.call<DecideProposalOutput, 'account'>('account', a.decideProposal, {
        id,
        decision,
      });
      if (!r.ok) setError(errorMessage(r.error.code, r.error.message));
      const sendError = r.ok && r.data.jobId ? await sendApproved(r.data.jobId) : null;
      if (sendError) setError(sendError);
      await load();
      return r.ok && !sendError;
    },
    [load],
  );
  return { isAdmin, items, error, load, decide };
}
