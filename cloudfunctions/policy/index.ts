import { FUNCTIONS } from '../lib/contract/functions';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { getCurrentPolicies } from '../lib/policy/get-current-policies';

const actions = FUNCTIONS.policy;

export const main = createHandler(
  { [actions.current]: () => getCurrentPolicies() },
  { context: wxContext, anonymous: [actions.current] },
);
