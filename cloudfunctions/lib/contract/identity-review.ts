import * as v from 'valibot';
import type { DocumentType } from './identity-document';
import { UploadIdSchema } from './files';

/**
 * Staff real-name verification (L2 for documents WeChat's face check does not take): the person
 * hands in a photo of their document (an upload of purpose `material`); one reviewer opens it,
 * compares it with the registered name and number, and decides. Strict objects, as everywhere.
 */
export const SubmitIdentityDocumentInputSchema = v.strictObject({
  uploadId: UploadIdSchema,
});

export const IdentityReviewRefSchema = v.strictObject({
  reviewId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
});

export const IdentityReviewQueueInputSchema = v.strictObject({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

export const DecideIdentityReviewInputSchema = v.strictObject({
  reviewId: IdentityReviewRefSchema.entries.reviewId,
  decision: v.picklist(['approve', 'refuse'] as const),
  /** Told to the person when refused (what to photograph again). */
  comment: v.pipe(v.string(), v.trim(), v.maxLength(200)),
});

/** What the person sees of their own check. */
export interface MyIdentityReviewView {
  status: 'none' | 'pending' | 'approved' | 'refused';
  submittedAt: string | null;
  comment: string | null;
}

/** A queue line: nothing identifying until a reviewer opens (and takes) it. */
export interface IdentityReviewQueueItem {
  reviewId: string;
  documentType: DocumentType;
  submittedAt: string;
  taken: boolean;
}

/** What the one reviewer who opened it sees: full name and number to compare with the photo. */
export interface IdentityReviewDetail {
  reviewId: string;
  realName: string;
  documentType: DocumentType;
  documentNumber: string;
  photoUrl: string | null;
}
