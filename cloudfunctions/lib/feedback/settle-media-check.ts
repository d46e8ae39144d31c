import { noticeContent } from '../contract/notices/notice-text';
import type { MediaVerdict } from '../content-safety/content-safety';
import type { FeedbackDeps } from './feedback.deps';

export const WITHDRAWN_IMAGE_NOTICE = { kind: 'content.withdrawn', key: 'feedback.image-withdrawn' } as const;

/**
 * WeChat's verdict on one image (the `wxa_media_check` push, or the local stand-in's at once).
 * A risky image is withdrawn: the file deleted, the photo taken off its feedback, the person told.
 * An unknown trace id, or one already settled, changes nothing (pushes may repeat).
 */
export async function settleMediaCheck(
  verdict: MediaVerdict,
  deps: FeedbackDeps,
  now: number,
): Promise<{ withdrawn: boolean }> {
  const check = await deps.mediaChecks.get(verdict.traceId);
  if (!check || check.settledAt !== null) return { withdrawn: false };
  await deps.mediaChecks.update(check._id, { suggest: verdict.suggest, label: verdict.label, settledAt: now });
  if (verdict.suggest !== 'risky') return { withdrawn: false };
  await deps.files.storage.remove([check.fileID]);
  const feedback = await deps.feedback.get(check.feedbackId);
  if (feedback) {
    const photos = feedback.photos.filter((p) => p.fileID !== check.fileID);
    await deps.feedback.update(feedback._id, { photos, withdrawnPhotos: (feedback.withdrawnPhotos ?? 0) + 1 });
  }
  if (check.accountId) {
    const { kind, key } = WITHDRAWN_IMAGE_NOTICE;
    await deps.inbox.tell(check.accountId, kind, noticeContent(key, {}), now);
  }
  return { withdrawn: true };
}
