import * as v from 'valibot';
import { FEEDBACK_CATEGORIES, FEEDBACK_TEXT_MAX } from './feedback';
import { FEEDBACK_CONTACT_MAX, FEEDBACK_REPLY_MAX, type GuestFeedbackInput } from './feedback-handling';

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const GuestFeedbackInputSchema = v.strictObject({
  category: v.picklist(FEEDBACK_CATEGORIES),
  text: Text(FEEDBACK_TEXT_MAX),
  contact: v.optional(Text(FEEDBACK_CONTACT_MAX)),
});

export const FeedbackIdInputSchema = v.strictObject({ id: Id });
export const AssignFeedbackInputSchema = v.strictObject({ id: Id, assigneeId: v.optional(Id) });
export const ReplyFeedbackInputSchema = v.strictObject({ id: Id, text: Text(FEEDBACK_REPLY_MAX) });

type Assert<T extends true> = T;
export type GuestFeedbackSchemaAgrees = Assert<
  v.InferInput<typeof GuestFeedbackInputSchema> extends GuestFeedbackInput ? true : false
>;
