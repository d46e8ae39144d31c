import { createIdentityReviewDeps } from '../identity-review/create-identity-review-deps';
import type { IdentityReviewDeps } from '../identity-review/identity-review.deps';
import { cloudLinkedRepository } from '../linked/cloud-linked.repository';
import type { LinkDeps } from '../linked/link-deps';
import { createProposalDeps } from '../proposals/create-proposal-deps';
import type { ProposalDeps } from '../proposals/proposal.deps';
import type { AccountDeps } from './account.deps';
import { createAccountDeps } from './create-account-deps';

/** The account function's deps, and those of the contexts it hosts, wired once per instance. */
export interface AccountWiring {
  deps: AccountDeps;
  review: IdentityReviewDeps;
  proposals: ProposalDeps;
  link: LinkDeps;
}

export function wireAccount(env: Record<string, string | undefined> = process.env): AccountWiring {
  const deps = createAccountDeps(env);
  return {
    deps,
    review: createIdentityReviewDeps(deps),
    proposals: createProposalDeps(deps),
    // Providers are read per call from the environment (lib/linked/linked-providers.ts).
    link: { account: deps, linked: cloudLinkedRepository(), env: () => process.env },
  };
}
