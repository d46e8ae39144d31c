import * as v from 'valibot';
import { FEEDBACK_CATEGORIES, FEEDBACK_PHOTOS_MAX, FEEDBACK_TEXT_MAX, type SubmitFeedbackInput } from './feedback';
import { UploadIdSchema } from './files';

export const SubmitFeedbackInputSchema = v.strictObject({
  category: v.picklist(FEEDBACK_CATEGORIES),
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(FEEDBACK_TEXT_MAX)),
  photoIds: v.optional(v.pipe(v.array(UploadIdSchema), v.maxLength(FEEDBACK_PHOTOS_MAX)), []),
  voiceId: v.optional(UploadIdSchema),
});

// The schema and the shared input type must agree (a compile error otherwise).
type Assert<T extends true> = T;
export type SubmitFeedbackSchemaAgrees = Assert<
  v.InferInput<typeof SubmitFeedbackInputSchema> extends SubmitFeedbackInput ? true : false
>;

/** One of my own feedback items, by id (delete). */
export const FeedbackRefSchema = v.strictObject({ id: UploadIdSchema });
