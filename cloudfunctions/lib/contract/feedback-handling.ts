import type { FeedbackCategory, FeedbackStatus } from './feedback';

/**
 * Staff handling of feedback and complaints (privacy policy §10: answered within 15 working days,
 * after verifying the person's identity), and feedback from guests without an account.
 */
export const FEEDBACK_DUE_WORKING_DAYS = 15;
export const FEEDBACK_REPLY_MAX = 1000;
export const FEEDBACK_CONTACT_MAX = 60;
/** Pieces of feedback one WeChat identity may send per day (Beijing date), signed in or not. */
export const FEEDBACK_DAILY_LIMIT = 10;

export interface GuestFeedbackInput {
  category: FeedbackCategory;
  text: string;
  /** A phone number or e-mail address to answer on; kept encrypted. */
  contact?: string;
}

export interface FeedbackQueueItem {
  id: string;
  category: FeedbackCategory;
  text: string;
  status: FeedbackStatus;
  guest: boolean;
  /** ISO times. */
  createdAt: string;
  dueAt: string;
  /** Past its due date and not yet answered. */
  escalated: boolean;
  assigneeId: string | null;
  /** A privacy complaint can be answered only once the person's identity is verified. */
  identityVerified: boolean;
  /** The guest's contact, for staff to answer on (accounts are answered in the inbox). */
  contact: string | null;
}

export interface FeedbackQueueOutput {
  items: FeedbackQueueItem[];
}
