import type { FeedbackCategory, FeedbackStatus } from '../contract/feedback';
import type { FileKind } from '../contract/files';

export interface FeedbackAttachment {
  uploadId: string;
  fileID: string;
  kind: FileKind;
  size: number;
  sha256: string;
}

/** One piece of feedback as stored in `feedback`; the owner is the signed-in account that sent it. */
export interface FeedbackRecord {
  _id: string;
  accountId: string;
  category: FeedbackCategory;
  text: string;
  photos: FeedbackAttachment[];
  voice: FeedbackAttachment | null;
  status: FeedbackStatus;
  createdAt: number;
}
