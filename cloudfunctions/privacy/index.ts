// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { cloudAuditSearchStore } from '../lib/audit/audit-search.store';
import { cloudAuditWatchStore } from '../lib/audit/cloud-audit-watch.store';
import { searchAudit } from '../lib/audit/search-audit';
import { verifyAudit } from '../lib/audit/verify-audit';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { cancelRequest, fileRequest, listMyRequests } from '../lib/privacy/my-requests';
import { personalCopy } from '../lib/privacy/personal-copy';
import { createPrivacyDeps } from '../lib/privacy/privacy.deps';
import { decideRequest } from '../lib/privacy/decide-request';
import { revealRequest, staffDetail, staffQueue } from '../lib/privacy/staff-requests';

const p = FUNCTIONS.privacy;
// Keys are checked here, when the instance loads: a missing key fails every call loudly.
const deps = createPrivacyDeps();
// The audit screen's reads: here with verifyAudit, the other admin action on the trail.
const auditDeps = { ...deps, auditSearch: cloudAuditSearchStore(), auditWatch: cloudAuditWatchStore() };

export const main = createHandler(
  guardedActions('privacy', createConsentGuardDeps(), {
    [p.file]: (input, ctx) => fileRequest(input, ctx, deps),
    [p.mine]: (_input, ctx) => listMyRequests(ctx, deps),
    [p.cancel]: (input, ctx) => cancelRequest(input, ctx, deps),
    [p.copy]: (input, ctx) => personalCopy(input, ctx, deps),
    [p.queue]: (input, ctx) => staffQueue(input, ctx, deps),
    [p.detail]: (input, ctx) => staffDetail(input, ctx, deps),
    [p.reveal]: (input, ctx) => revealRequest(input, ctx, deps),
    [p.decide]: (input, ctx) => decideRequest(input, ctx, deps),
    [p.verifyAudit]: (input, ctx) => verifyAudit(input, ctx, deps),
    [p.auditLog]: (input, ctx) => searchAudit(input, ctx, auditDeps),
  }),
  { context: wxContext, maxEventBytes: 16 * 1024 },
);
