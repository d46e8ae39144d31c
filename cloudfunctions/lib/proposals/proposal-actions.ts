import type { AccountDeps } from '../account/account.deps';
import { FUNCTIONS } from '../contract/functions';
import type { Action } from '../handler/create-handler';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { ProposalDeps } from './proposal.deps';
import { proposalRepository } from './proposal.repository';
import { pushRelease } from './push-release';
import { decideProposal, listProposals } from './role-proposals';

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

/** The two-person rule's actions of the `account` function. */
export function proposalActions(deps: ProposalDeps): Record<string, Action> {
  const a = FUNCTIONS.account;
  return {
    [a.proposals]: (input, ctx) => listProposals(input, ctx, deps),
    [a.decideProposal]: (input, ctx) => decideProposal(input, ctx, deps),
  };
}
