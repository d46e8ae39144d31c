// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { createAuditRecorder } from '../lib/audit/create-audit-recorder';
import { createErasureDeps } from '../lib/erasure/create-erasure-deps';
import { deleteFeedback } from '../lib/feedback/delete-feedback';
import { createFeedbackDeps } from '../lib/feedback/feedback.deps';
import { feedbackQueue } from '../lib/feedback/feedback-queue';
import { assignFeedback, closeFeedback, replyFeedback } from '../lib/feedback/handle-feedback';
import { listMyFeedback } from '../lib/feedback/list-my-feedback';
import { mediaCheckPushOf } from '../lib/feedback/media-check-push';
import { settleMediaCheck } from '../lib/feedback/settle-media-check';
import { submitFeedback } from '../lib/feedback/submit-feedback';
import { submitGuestFeedback } from '../lib/feedback/submit-guest-feedback';
import { decideReport } from '../lib/reports/decide-report';
import { fileReport } from '../lib/reports/file-report';
import { reportQueue } from '../lib/reports/report-queue';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';

const actions = FUNCTIONS.feedback;
const deps = { ...createFeedbackDeps(), erasure: createErasureDeps(createAuditRecorder()) };

const handler = createHandler(
  guardedActions('feedback', createConsentGuardDeps(), {
    [actions.submit]: (input, ctx) => submitFeedback(input, ctx, deps),
    [actions.mine]: (_input, ctx) => listMyFeedback(ctx, deps),
    [actions.guestSubmit]: (input, ctx) => submitGuestFeedback(input, ctx, deps),
    [actions.queue]: (_input, ctx) => feedbackQueue(ctx, deps),
    [actions.assign]: (input, ctx) => assignFeedback(input, ctx, deps),
    [actions.reply]: (input, ctx) => replyFeedback(input, ctx, deps),
    [actions.close]: (input, ctx) => closeFeedback(input, ctx, deps),
    [actions.remove]: (input, ctx) => deleteFeedback(input, ctx, deps),
    [actions.report]: (input, ctx) => fileReport(input, ctx, deps),
    [actions.reportQueue]: (_input, ctx) => reportQueue(ctx, deps),
    [actions.decideReport]: (input, ctx) => decideReport(input, ctx, deps),
  }),
  { context: wxContext, maxEventBytes: 8 * 1024 },
);

/**
 * WeChat's `wxa_media_check` push (mediaCheckAsync's verdict) arrives as the event itself. It only
 * settles a trace id this function handed to WeChat, which no caller ever sees.
 */
export async function main(event: unknown) {
  const verdict = mediaCheckPushOf(event);
  if (verdict) return { ok: true, data: await settleMediaCheck(verdict, deps, Date.now()) };
  return handler(event);
}
