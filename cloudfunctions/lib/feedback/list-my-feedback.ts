import { requireAccount } from '../account/account-guard';
import type { FeedbackAttachmentView, MyFeedbackOutput } from '../contract/feedback';
import type { CallContext } from '../handler/call-context';
import { tempUrls } from '../files/temp-urls';
import type { FeedbackDeps } from './feedback.deps';
import type { FeedbackAttachment } from './feedback.record';

/** The caller's own feedback, newest first, with short-lived links to their own attachments. */
export async function listMyFeedback(ctx: CallContext, deps: FeedbackDeps): Promise<MyFeedbackOutput> {
  const { account } = await requireAccount(ctx, deps, 'read');
  const records = await deps.feedback.ofAccount(account._id);
  const fileIDs = records.flatMap((r) => [...r.photos, ...(r.voice ? [r.voice] : [])].map((a) => a.fileID));
  const urls = await tempUrls(fileIDs, deps.files.storage);
  const view = (a: FeedbackAttachment): FeedbackAttachmentView => ({
    uploadId: a.uploadId,
    kind: a.kind,
    size: a.size,
    url: urls[a.fileID] ?? null,
  });
  return {
    items: records.map((r) => ({
      id: r._id,
      category: r.category,
      text: r.text,
      photos: r.photos.map(view),
      voice: r.voice ? view(r.voice) : null,
      status: r.status,
      createdAt: new Date(r.createdAt).toISOString(),
      reply: r.reply ? { text: r.reply.text, at: new Date(r.reply.at).toISOString() } : null,
    })),
  };
}
