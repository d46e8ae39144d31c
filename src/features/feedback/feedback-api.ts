import type { MyFeedbackOutput, SubmitFeedbackInput } from '../../../cloudfunctions/lib/contract/feedback';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { cloudClient } from '../../services/cloud';

const actions = FUNCTIONS.feedback;

export const feedbackApi = {
  submit: (input: SubmitFeedbackInput) =>
    cloudClient.call<{ id: string }, 'feedback'>('feedback', actions.submit, input),
  mine: () => cloudClient.call<MyFeedbackOutput, 'feedback'>('feedback', actions.mine),
  remove: (id: string) =>
    cloudClient.call<{ id: string; files: number }, 'feedback'>('feedback', actions.remove, { id }),
};
