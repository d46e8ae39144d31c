import { FUNCTIONS } from '../contract/functions';
import type { Action } from '../handler/create-handler';
import type { IdentityReviewDeps } from './identity-review.deps';

// Imported on first use, with the deps (issue 18, cold start; see cloudfunctions/account/index.ts).
const submission = () => import('./submit-identity-document');
const desk = () => import('./review-desk');

/** The staff real-name check's actions of the `account` function; `deps` are wired on first use. */
export function identityReviewActions(deps: () => Promise<IdentityReviewDeps>): Record<string, Action> {
  const a = FUNCTIONS.account;
  return {
    [a.submitIdentityDocument]: async (input, ctx) =>
      (await submission()).submitIdentityDocument(input, ctx, await deps()),
    [a.myIdentityReview]: async (input, ctx) => (await submission()).myIdentityReview(input, ctx, await deps()),
    [a.identityReviewQueue]: async (input, ctx) => (await desk()).identityReviewQueue(input, ctx, await deps()),
    [a.openIdentityReview]: async (input, ctx) => (await desk()).openIdentityReview(input, ctx, await deps()),
    [a.decideIdentityReview]: async (input, ctx) => (await desk()).decideIdentityReview(input, ctx, await deps()),
  };
}
