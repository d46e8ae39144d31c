import { FUNCTIONS } from '../contract/functions';
import type { Action } from '../handler/create-handler';
import type { ProposalDeps } from './proposal.deps';

// Imported on first use, with the deps (issue 18, cold start; see cloudfunctions/account/index.ts).
const proposals = () => import('./role-proposals');

/** The two-person rule's actions of the `account` function; `deps` are wired on first use. */
export function proposalActions(deps: () => Promise<ProposalDeps>): Record<string, Action> {
  const a = FUNCTIONS.account;
  return {
    [a.proposals]: async (input, ctx) => (await proposals()).listProposals(input, ctx, await deps()),
    [a.decideProposal]: async (input, ctx) => (await proposals()).decideProposal(input, ctx, await deps()),
  };
}
