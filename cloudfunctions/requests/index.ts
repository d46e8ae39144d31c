// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { agentGrantActions } from '../lib/enterprise/agent-grant-actions';
import { createHandler } from '../lib/handler/create-handler';
import { onFirstUse } from '../lib/handler/on-first-use';
import { wxContext } from '../lib/infra/cloud';
import { checkRequestsSettings } from '../lib/requests/requests-settings';

const a = FUNCTIONS.requests;
// Keys and settings are checked here, when the instance loads.
checkRequestsSettings();

// Issue 18 (cold start): deps wired, and each use case imported, on first use (see account/index.ts).
const deps = onFirstUse(async () => (await import('../lib/requests/create-requests-deps')).createRequestsDeps());
const catalog = () => import('../lib/matters/catalog');
const applicant = () => import('../lib/requests/applicant-actions');
const mine = () => import('../lib/requests/my-requests');
const staff = () => import('../lib/requests/staff-actions');
const queue = () => import('../lib/requests/staff-queue');

export const main = createHandler(
  guardedActions('requests', createConsentGuardDeps(), {
    [a.catalog]: async (input, ctx) => (await catalog()).listCatalog(input, ctx, await deps()),
    [a.matter]: async (input, ctx) => (await catalog()).matterDetail(input, ctx, await deps()),
    [a.submit]: async (input, ctx) =>
      (await import('../lib/requests/submit-request')).submitRequest(input, ctx, await deps()),
    [a.mine]: async (input, ctx) => (await mine()).myRequests(input, ctx, await deps()),
    [a.detail]: async (input, ctx) => (await mine()).requestDetail(input, ctx, await deps()),
    [a.withdraw]: async (input, ctx) => (await applicant()).withdrawRequest(input, ctx, await deps()),
    [a.resubmit]: async (input, ctx) => (await applicant()).resubmitRequest(input, ctx, await deps()),
    ...agentGrantActions(deps),
    [a.queue]: async (input, ctx) => (await queue()).staffQueue(input, ctx, await deps()),
    [a.staffDetail]: async (input, ctx) => (await queue()).staffRequestDetail(input, ctx, await deps()),
    [a.assign]: async (input, ctx) => (await staff()).assignToSelf(input, ctx, await deps()),
    [a.accept]: async (input, ctx) => (await staff()).acceptRequest(input, ctx, await deps()),
    [a.requestSupplement]: async (input, ctx) => (await staff()).requestSupplement(input, ctx, await deps()),
    [a.approve]: async (input, ctx) => (await staff()).approveRequest(input, ctx, await deps()),
    [a.reject]: async (input, ctx) => (await staff()).rejectRequest(input, ctx, await deps()),
    [a.deliver]: async (input, ctx) => (await staff()).deliverRequest(input, ctx, await deps()),
    [a.close]: async (input, ctx) => (await staff()).closeRequest(input, ctx, await deps()),
    [a.updateMatter]: async (input, ctx) => (await catalog()).updateMatter(input, ctx, await deps()),
  }),
  // The catalog is public information: guests browse it without a WeChat identity check.
  { context: wxContext, anonymous: [a.catalog, a.matter], maxEventBytes: 64 * 1024 },
);
