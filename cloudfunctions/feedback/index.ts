// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { createAuditRecorder } from '../lib/audit/create-audit-recorder';
import { createErasureDeps } from '../lib/erasure/create-erasure-deps';
import { deleteFeedback } from '../lib/feedback/delete-feedback';
import { createFeedbackDeps } from '../lib/feedback/feedback.deps';
import { listMyFeedback } from '../lib/feedback/list-my-feedback';
import { submitFeedback } from '../lib/feedback/submit-feedback';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';

const actions = FUNCTIONS.feedback;
const deps = { ...createFeedbackDeps(), erasure: createErasureDeps(createAuditRecorder()) };

export const main = createHandler(
  guardedActions('feedback', createConsentGuardDeps(), {
    [actions.submit]: (input, ctx) => submitFeedback(input, ctx, deps),
    [actions.mine]: (_input, ctx) => listMyFeedback(ctx, deps),
    [actions.remove]: (input, ctx) => deleteFeedback(input, ctx, deps),
  }),
  { context: wxContext, maxEventBytes: 8 * 1024 },
);
