// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { createPolicyDeps } from '../lib/policy/create-policy-deps';
import { getCurrentPolicies, getUpcomingPolicies } from '../lib/policy/get-current-policies';
import { publishPolicy } from '../lib/policy/publish-policy';
import { continueNotices, listPublications } from '../lib/policy/staff-publications';

const actions = FUNCTIONS.policy;
const deps = createPolicyDeps();

export const main = createHandler(
  guardedActions('policy', createConsentGuardDeps(), {
    [actions.current]: (input, ctx) => getCurrentPolicies(deps.catalog, input, ctx),
    [actions.upcoming]: (input, ctx) => getUpcomingPolicies(deps, input, ctx),
    [actions.publish]: (input, ctx) => publishPolicy(input, ctx, deps),
    [actions.publications]: (input, ctx) => listPublications(input, ctx, deps),
    [actions.sendNotices]: (input, ctx) => continueNotices(input, ctx, deps),
  }),
  { context: wxContext, anonymous: [actions.current, actions.upcoming] },
);
