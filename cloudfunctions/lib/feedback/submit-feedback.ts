import { requireAccount } from '../account/account-guard';
import { SAFETY_SCENES } from '../content-safety/content-safety';
import { requireSafeText } from '../content-safety/require-safe-text';
import { FEEDBACK_PHOTO_RULE, FEEDBACK_VOICE_RULE } from '../contract/feedback';
import { SubmitFeedbackInputSchema } from '../contract/feedback.schema';
import type { UploadRule } from '../contract/files';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { checkUpload } from '../files/check-upload';
import type { FeedbackDeps } from './feedback.deps';
import type { FeedbackAttachment } from './feedback.record';
import { checkFeedbackImages } from './check-feedback-images';
import { newFeedback } from './new-feedback';

async function attachment(uploadId: string, accountId: string, rule: UploadRule, deps: FeedbackDeps) {
  const file = await checkUpload(uploadId, accountId, rule, deps.files);
  const kept: FeedbackAttachment = {
    uploadId,
    fileID: file.fileID,
    kind: file.kind,
    size: file.size,
    sha256: file.sha256,
  };
  return kept;
}

/**
 * Stores one piece of feedback from the signed-in person. Every attachment must be the caller's
 * own checked upload of the right type and size; otherwise nothing is stored. A restricted account
 * may still send feedback and complaints (access `security`).
 */
export async function submitFeedback(input: unknown, ctx: CallContext, deps: FeedbackDeps): Promise<{ id: string }> {
  const { account } = await requireAccount(ctx, deps, 'security');
  const { category, text, photoIds, voiceId } = parseInput(SubmitFeedbackInputSchema, input);
  const photos: FeedbackAttachment[] = [];
  for (const uploadId of new Set(photoIds))
    photos.push(await attachment(uploadId, account._id, FEEDBACK_PHOTO_RULE, deps));
  const voice = voiceId ? await attachment(voiceId, account._id, FEEDBACK_VOICE_RULE, deps) : null;
  await requireSafeText(deps.safety, ctx.openid, SAFETY_SCENES.comment, { feedbackText: text });
  const now = ctx.now.getTime();
  await deps.limits.take(ctx.openid, now);
  const record = newFeedback({ accountId: account._id, openid: ctx.openid, category, text, photos, voice, now }, deps);
  await deps.feedback.insert(record);
  await checkFeedbackImages(record, ctx, deps);
  return { id: record._id };
}
