import type {
  IdentityReviewDetail,
  IdentityReviewQueueItem,
  MyIdentityReviewView,
} from '../../../cloudfunctions/lib/contract/identity-review';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { cloudClient } from '../../services/cloud';

const fn = 'account' as const;
const a = FUNCTIONS.account;

/** The staff real-name check of the `account` function; the person is always the caller (OPENID). */
export const identityApi = {
  mine: () => cloudClient.call<MyIdentityReviewView, typeof fn>(fn, a.myIdentityReview),
  submit: (uploadId: string) =>
    cloudClient.call<MyIdentityReviewView, typeof fn>(fn, a.submitIdentityDocument, { uploadId }),
  queue: () => cloudClient.call<IdentityReviewQueueItem[], typeof fn>(fn, a.identityReviewQueue, {}),
  open: (reviewId: string) => cloudClient.call<IdentityReviewDetail, typeof fn>(fn, a.openIdentityReview, { reviewId }),
  decide: (reviewId: string, decision: 'approve' | 'refuse', comment: string) =>
    cloudClient.call<{ reviewId: string; status: 'approved' | 'refused' }, typeof fn>(fn, a.decideIdentityReview, {
      reviewId,
      decision,
      comment,
    }),
  closeImpersonator: (accountName: string, reason: string) =>
    cloudClient.call<{ accountName: string; closed: true }, typeof fn>(fn, a.closeImpersonator, {
      accountName,
      reason,
    }),
};
