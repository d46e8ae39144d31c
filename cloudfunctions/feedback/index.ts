// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { checkFeedbackSettings } from '../lib/feedback/feedback-settings';
import { mediaCheckPushOf } from '../lib/feedback/media-check-push';
import { createHandler } from '../lib/handler/create-handler';
import { onFirstUse } from '../lib/handler/on-first-use';
import { wxContext } from '../lib/infra/cloud';

const actions = FUNCTIONS.feedback;
// Keys are checked here, when the instance loads.
checkFeedbackSettings();

// Issue 18 (cold start): deps wired, and each use case imported, on first use (see account/index.ts).
const deps = onFirstUse(async () => (await import('../lib/feedback/feedback-wiring')).wireFeedback());
const handling = () => import('../lib/feedback/handle-feedback');

const handler = createHandler(
  guardedActions('feedback', createConsentGuardDeps(), {
    [actions.submit]: async (input, ctx) =>
      (await import('../lib/feedback/submit-feedback')).submitFeedback(input, ctx, await deps()),
    [actions.mine]: async (_input, ctx) =>
      (await import('../lib/feedback/list-my-feedback')).listMyFeedback(ctx, await deps()),
    [actions.guestSubmit]: async (input, ctx) =>
      (await import('../lib/feedback/submit-guest-feedback')).submitGuestFeedback(input, ctx, await deps()),
    [actions.queue]: async (_input, ctx) =>
      (await import('../lib/feedback/feedback-queue')).feedbackQueue(ctx, await deps()),
    [actions.assign]: async (input, ctx) => (await handling()).assignFeedback(input, ctx, await deps()),
    [actions.reply]: async (input, ctx) => (await handling()).replyFeedback(input, ctx, await deps()),
    [actions.close]: async (input, ctx) => (await handling()).closeFeedback(input, ctx, await deps()),
    [actions.remove]: async (input, ctx) =>
      (await import('../lib/feedback/delete-feedback')).deleteFeedback(input, ctx, await deps()),
    [actions.report]: async (input, ctx) =>
      (await import('../lib/reports/file-report')).fileReport(input, ctx, await deps()),
    [actions.reportQueue]: async (_input, ctx) =>
      (await import('../lib/reports/report-queue')).reportQueue(ctx, await deps()),
    [actions.decideReport]: async (input, ctx) =>
      (await import('../lib/reports/decide-report')).decideReport(input, ctx, await deps()),
  }),
  { context: wxContext, maxEventBytes: 8 * 1024 },
);

/**
 * WeChat's `wxa_media_check` push (mediaCheckAsync's verdict) arrives as the event itself. It only
 * settles a trace id this function handed to WeChat, which no caller ever sees.
 */
export async function main(event: unknown) {
  const verdict = mediaCheckPushOf(event);
  if (verdict) {
    const { settleMediaCheck } = await import('../lib/feedback/settle-media-check');
    return { ok: true, data: await settleMediaCheck(verdict, await deps(), Date.now()) };
  }
  return handler(event);
}
