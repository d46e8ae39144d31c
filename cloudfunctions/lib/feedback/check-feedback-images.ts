import { SAFETY_SCENES } from '../content-safety/content-safety';
import type { CallContext } from '../handler/call-context';
import type { FeedbackDeps } from './feedback.deps';
import type { FeedbackRecord } from './feedback.record';
import { settleMediaCheck } from './settle-media-check';

/** WeChat downloads the image itself; the link must outlive its queue (results come within 30 min). */
const CHECK_LINK_SECONDS = 2 * 3600;

/**
 * Sends each photo to security.mediaCheckAsync and remembers the trace id the verdict will carry.
 * The feedback is already stored: an image found risky later is withdrawn (settle-media-check.ts).
 */
export async function checkFeedbackImages(record: FeedbackRecord, ctx: CallContext, deps: FeedbackDeps): Promise<void> {
  if (record.photos.length === 0) return;
  const urls = await deps.files.storage.tempUrls(
    record.photos.map((p) => p.fileID),
    CHECK_LINK_SECONDS,
  );
  for (const photo of record.photos) {
    const url = urls[photo.fileID];
    if (!url) continue;
    const started = await deps.safety.startImageCheck({
      openid: ctx.openid,
      scene: SAFETY_SCENES.comment,
      fileID: photo.fileID,
      url,
    });
    await deps.mediaChecks.insert({
      _id: started.traceId,
      feedbackId: record._id,
      fileID: photo.fileID,
      accountId: record.accountId,
      createdAt: ctx.now.getTime(),
      suggest: null,
      label: null,
      settledAt: null,
    });
    if (started.localPush) await settleMediaCheck(started.localPush, deps, ctx.now.getTime());
  }
}
