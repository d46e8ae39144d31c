import type { AccountDeps } from '../account/account.deps';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { ProposalDeps } from './proposal.deps';
import { proposalRepository } from './proposal.repository';
import { pushRelease } from './push-release';

/** Wires the two-person rule onto the account function's deps. */
export function createProposalDeps(account: AccountDeps): ProposalDeps {
  return {
    accounts: account.accounts,
    sessions: account.sessions,
    staffFactor: account.staffFactor,
    proposals: proposalRepository(queryStore(COLLECTIONS.staffProposals)),
    audit: account.audit,
    inbox: account.inbox,
    pushes: pushRelease(),
  };
}
