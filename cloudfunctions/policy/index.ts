// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { createHandler } from '../lib/handler/create-handler';
import { onFirstUse } from '../lib/handler/on-first-use';
import { wxContext } from '../lib/infra/cloud';
import { checkPolicySettings } from '../lib/policy/policy-settings';

const actions = FUNCTIONS.policy;
// Settings are checked here, when the instance loads.
checkPolicySettings();

// Issue 18 (cold start): deps wired, and each use case imported, on first use (see account/index.ts).
const deps = onFirstUse(async () => (await import('../lib/policy/create-policy-deps')).createPolicyDeps());
const current = () => import('../lib/policy/get-current-policies');
const staff = () => import('../lib/policy/staff-publications');

export const main = createHandler(
  guardedActions('policy', createConsentGuardDeps(), {
    [actions.current]: async (input, ctx) => (await current()).getCurrentPolicies((await deps()).catalog, input, ctx),
    [actions.upcoming]: async (input, ctx) => (await current()).getUpcomingPolicies(await deps(), input, ctx),
    [actions.publish]: async (input, ctx) =>
      (await import('../lib/policy/publish-policy')).publishPolicy(input, ctx, await deps()),
    [actions.publications]: async (input, ctx) => (await staff()).listPublications(input, ctx, await deps()),
    [actions.sendNotices]: async (input, ctx) => (await staff()).continueNotices(input, ctx, await deps()),
  }),
  { context: wxContext, anonymous: [actions.current, actions.upcoming] },
);
