import { newId } from '../account/ids';
import type { FeedbackCategory } from '../contract/feedback';
import type { FeedbackDeps } from './feedback.deps';
import { feedbackDueAt } from './feedback-due';
import type { FeedbackAttachment, FeedbackRecord } from './feedback.record';

interface NewFeedback {
  accountId: string | null;
  openid: string;
  category: FeedbackCategory;
  text: string;
  photos?: FeedbackAttachment[];
  voice?: FeedbackAttachment | null;
  contact?: string;
  now: number;
}

/** A fresh record, received, due in 15 working days; a guest's contact sealed to this record. */
export function newFeedback(input: NewFeedback, deps: Pick<FeedbackDeps, 'cipher' | 'calendar'>): FeedbackRecord {
  const _id = newId();
  return {
    _id,
    accountId: input.accountId,
    openid: input.openid,
    category: input.category,
    text: input.text,
    photos: input.photos ?? [],
    voice: input.voice ?? null,
    status: 'received',
    createdAt: input.now,
    contact: input.contact ? deps.cipher.seal(input.contact, `feedback.contact:${_id}`) : null,
    dueAt: feedbackDueAt(input.now, deps.calendar),
    assigneeId: null,
    escalatedAt: null,
    reply: null,
    closedAt: null,
    withdrawnPhotos: 0,
  };
}
