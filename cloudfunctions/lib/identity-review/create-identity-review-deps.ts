import type { AccountDeps } from '../account/account.deps';
import { createFilesDeps } from '../files/create-files-deps';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { IdentityReviewDeps } from './identity-review.deps';
import { identityReviewRepository } from './identity-review.repository';

/** Wires the staff real-name check onto the account function's deps. */
export function createIdentityReviewDeps(account: AccountDeps): IdentityReviewDeps {
  return {
    accounts: account.accounts,
    sessions: account.sessions,
    staffFactor: account.staffFactor,
    reviews: identityReviewRepository(queryStore(COLLECTIONS.identityReviews)),
    files: createFilesDeps(),
    erasure: account.erasure,
    audit: account.audit,
    inbox: account.inbox,
    fields: account.fields,
    claims: account.claims,
  };
}
