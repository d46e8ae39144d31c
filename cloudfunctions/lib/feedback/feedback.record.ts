import type { Sealed } from '../crypto/field-cipher';
import type { FeedbackCategory, FeedbackStatus } from '../contract/feedback';
import type { FileKind } from '../contract/files';

export interface FeedbackAttachment {
  uploadId: string;
  fileID: string;
  kind: FileKind;
  size: number;
  sha256: string;
}

/**
 * One piece of feedback as stored in `feedback`; the owner is the signed-in account that sent it,
 * or nobody (null) for a guest's. Handling fields are absent on records from before handling began.
 */
export interface FeedbackRecord extends Partial<FeedbackHandling> {
  _id: string;
  accountId: string | null;
  category: FeedbackCategory;
  text: string;
  photos: FeedbackAttachment[];
  voice: FeedbackAttachment | null;
  status: FeedbackStatus;
  createdAt: number;
}

/** What staff handling adds (feedback-handling.ts); times are epoch ms. */
export interface FeedbackHandling {
  /** The sender's WeChat identity (rate limit, content safety, guests' only identity). */
  openid: string;
  /** A guest's contact, sealed (`feedback.contact:<id>`), or null. */
  contact: Sealed | null;
  dueAt: number;
  assigneeId: string | null;
  escalatedAt: number | null;
  reply: { text: string; at: number; by: string } | null;
  closedAt: number | null;
  /** Photos withdrawn after WeChat's image check found them risky (settle-media-check.ts). */
  withdrawnPhotos: number;
}
