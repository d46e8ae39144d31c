import type { FileKind, UploadRule } from './files';

/**
 * The `feedback` function's inputs and outputs, shared by the function and the mini-program:
 * feedback on the agreement and the privacy policy (and what they promise), complaints, and
 * suggestions (the privacy policy's §10 points people to 意见反馈). Photos and one voice note come as
 * checked uploads.
 * No valibot here: the feedback page imports these constants (the schema is feedback.schema.ts).
 */
export const FEEDBACK_CATEGORIES = ['agreement', 'privacy', 'complaint', 'suggestion'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

export const FEEDBACK_TEXT_MAX = 500;
export const FEEDBACK_PHOTOS_MAX = 4;

const MB = 1024 * 1024;
export const FEEDBACK_PHOTO_RULE: UploadRule = { kinds: ['jpeg', 'png'], maxBytes: 10 * MB };
export const FEEDBACK_VOICE_RULE: UploadRule = { kinds: ['aac', 'mp3', 'm4a'], maxBytes: 5 * MB };

/** What the client sends to feedback.submit (validated by feedback.schema.ts on the server). */
export interface SubmitFeedbackInput {
  category: FeedbackCategory;
  text: string;
  photoIds?: string[];
  voiceId?: string;
}

export const FEEDBACK_STATUSES = ['received', 'in-progress', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export interface FeedbackAttachmentView {
  uploadId: string;
  kind: FileKind;
  size: number;
  /** A short-lived link to open the file (missing if storage no longer has it). */
  url: string | null;
}

export interface FeedbackView {
  id: string;
  category: FeedbackCategory;
  text: string;
  photos: FeedbackAttachmentView[];
  voice: FeedbackAttachmentView | null;
  status: FeedbackStatus;
  /** ISO time. */
  createdAt: string;
  /** Staff's answer, once given (it also reaches the inbox). */
  reply: { text: string; at: string } | null;
}

export interface MyFeedbackOutput {
  items: FeedbackView[];
}
