import { useCallback, useState } from 'react';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type { ProposalView } from '../../../cloudfunctions/lib/contract/proposals';
import { errorMessage } from '../../i18n/server-errors';
import { cloudClient } from '../../services/cloud';

const a = FUNCTIONS.account;

/**
 * Role grants waiting for a second admin (two-person rule), shown on the staff desk to admins.
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
      const r = await cloudClient.call<{ id: string }, 'account'>('account', a.decideProposal, { id, decision });
      if (!r.ok) setError(errorMessage(r.error.code, r.error.message));
      await load();
      return r.ok;
    },
    [load],
  );
  return { isAdmin, items, error, load, decide };
}
