import type { FeedbackQueueOutput } from '../../../cloudfunctions/lib/contract/feedback-handling';
import { FUNCTIONS, type ActionOf } from '../../../cloudfunctions/lib/contract/functions';
import type { FileReportInput, ReportOutcome, ReportQueueOutput } from '../../../cloudfunctions/lib/contract/reports';
import { cloudClient } from '../../services/cloud';

const actions = FUNCTIONS.feedback;
const call = <T>(action: ActionOf<'feedback'>, input?: unknown) =>
  cloudClient.call<T, 'feedback'>('feedback', action, input);

/** The feedback function's staff actions and the report a person files. */
export const staffFeedbackApi = {
  queue: () => call<FeedbackQueueOutput>(actions.queue),
  assign: (id: string) => call<{ id: string }>(actions.assign, { id }),
  reply: (id: string, text: string) => call<{ id: string }>(actions.reply, { id, text }),
  close: (id: string) => call<{ id: string }>(actions.close, { id }),
  reportQueue: () => call<ReportQueueOutput>(actions.reportQueue),
  decideReport: (id: string, outcome: ReportOutcome, note: string) =>
    call<{ id: string }>(actions.decideReport, { id, outcome, note }),
  report: (input: FileReportInput) => call<{ id: string }>(actions.report, input),
};
