import type { AccountDeps } from '../account/account.deps';
import { FUNCTIONS } from '../contract/functions';
import { createFilesDeps } from '../files/create-files-deps';
import type { Action } from '../handler/create-handler';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { IdentityReviewDeps } from './identity-review.deps';
import { identityReviewRepository } from './identity-review.repository';
import { decideIdentityReview, identityReviewQueue, openIdentityReview } from './review-desk';
import { myIdentityReview, submitIdentityDocument } from './submit-identity-document';

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

/** The staff real-name check's actions of the `account` function. */
export function identityReviewActions(deps: IdentityReviewDeps): Record<string, Action> {
  const a = FUNCTIONS.account;
  return {
    [a.submitIdentityDocument]: (input, ctx) => submitIdentityDocument(input, ctx, deps),
    [a.myIdentityReview]: (input, ctx) => myIdentityReview(input, ctx, deps),
    [a.identityReviewQueue]: (input, ctx) => identityReviewQueue(input, ctx, deps),
    [a.openIdentityReview]: (input, ctx) => openIdentityReview(input, ctx, deps),
    [a.decideIdentityReview]: (input, ctx) => decideIdentityReview(input, ctx, deps),
  };
}
