// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { agentGrantActions } from '../lib/enterprise/agent-grant-actions';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { listCatalog, matterDetail, updateMatter } from '../lib/matters/catalog';
import { resubmitRequest, withdrawRequest } from '../lib/requests/applicant-actions';
import { createRequestsDeps } from '../lib/requests/create-requests-deps';
import { myRequests, requestDetail } from '../lib/requests/my-requests';
import {
  acceptRequest,
  approveRequest,
  assignToSelf,
  closeRequest,
  deliverRequest,
  rejectRequest,
  requestSupplement,
} from '../lib/requests/staff-actions';
import { staffQueue, staffRequestDetail } from '../lib/requests/staff-queue';
import { submitRequest } from '../lib/requests/submit-request';

const a = FUNCTIONS.requests;
// Keys are checked here, when the instance loads.
const deps = createRequestsDeps();

export const main = createHandler(
  guardedActions('requests', createConsentGuardDeps(), {
    [a.catalog]: (input, ctx) => listCatalog(input, ctx, deps),
    [a.matter]: (input, ctx) => matterDetail(input, ctx, deps),
    [a.submit]: (input, ctx) => submitRequest(input, ctx, deps),
    [a.mine]: (input, ctx) => myRequests(input, ctx, deps),
    [a.detail]: (input, ctx) => requestDetail(input, ctx, deps),
    [a.withdraw]: (input, ctx) => withdrawRequest(input, ctx, deps),
    [a.resubmit]: (input, ctx) => resubmitRequest(input, ctx, deps),
    ...agentGrantActions(deps),
    [a.queue]: (input, ctx) => staffQueue(input, ctx, deps),
    [a.staffDetail]: (input, ctx) => staffRequestDetail(input, ctx, deps),
    [a.assign]: (input, ctx) => assignToSelf(input, ctx, deps),
    [a.accept]: (input, ctx) => acceptRequest(input, ctx, deps),
    [a.requestSupplement]: (input, ctx) => requestSupplement(input, ctx, deps),
    [a.approve]: (input, ctx) => approveRequest(input, ctx, deps),
    [a.reject]: (input, ctx) => rejectRequest(input, ctx, deps),
    [a.deliver]: (input, ctx) => deliverRequest(input, ctx, deps),
    [a.close]: (input, ctx) => closeRequest(input, ctx, deps),
    [a.updateMatter]: (input, ctx) => updateMatter(input, ctx, deps),
  }),
  // The catalog is public information: guests browse it without a WeChat identity check.
  { context: wxContext, anonymous: [a.catalog, a.matter], maxEventBytes: 64 * 1024 },
);
