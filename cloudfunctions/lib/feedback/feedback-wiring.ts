import { createAuditRecorder } from '../audit/create-audit-recorder';
import { createErasureDeps } from '../erasure/create-erasure-deps';
import { createFeedbackDeps } from './feedback.deps';

/** The feedback function's deps, with the erasure its deletions go through. */
export function wireFeedback() {
  return { ...createFeedbackDeps(), erasure: createErasureDeps(createAuditRecorder()) };
}
