import type { DocumentType } from '../contract/identity-document';

export type IdentityReviewStatus = 'pending' | 'approved' | 'refused';

/**
 * One person's staff real-name check (`identity_reviews`, one document per account, `_id` the
 * account id, so two submissions at once cannot both be pending). The document photo is kept only
 * until the decision; the decisions themselves are in the audit trail.
 */
export interface IdentityReviewRecord {
  _id: string;
  accountId: string;
  documentType: DocumentType;
  status: IdentityReviewStatus;
  photoUploadId: string | null;
  photoFileID: string | null;
  /** The one staff member who opened it: only they see the photo and decide. */
  reviewerId: string | null;
  submittedAt: number;
  /** Zero-padded submittedAt + id: the queue's order. */
  sortKey: string;
  decidedAt: number | null;
  comment: string | null;
}
