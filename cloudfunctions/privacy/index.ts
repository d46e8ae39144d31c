// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { createHandler } from '../lib/handler/create-handler';
import { onFirstUse } from '../lib/handler/on-first-use';
import { wxContext } from '../lib/infra/cloud';
import { checkPrivacySettings } from '../lib/privacy/privacy-settings';

const p = FUNCTIONS.privacy;
// Keys are checked here, when the instance loads: a missing key fails every call loudly.
checkPrivacySettings();

// Issue 18 (cold start): deps wired, and each use case imported, on first use (see account/index.ts).
const deps = onFirstUse(async () => (await import('../lib/privacy/privacy.deps')).createPrivacyDeps());
// The audit screen's reads: here with verifyAudit, the other admin action on the trail.
const auditDeps = onFirstUse(async () => {
  const [search, watch] = await Promise.all([
    import('../lib/audit/audit-search.store'),
    import('../lib/audit/cloud-audit-watch.store'),
  ]);
  return { ...(await deps()), auditSearch: search.cloudAuditSearchStore(), auditWatch: watch.cloudAuditWatchStore() };
});
const mine = () => import('../lib/privacy/my-requests');
const staff = () => import('../lib/privacy/staff-requests');

export const main = createHandler(
  guardedActions('privacy', createConsentGuardDeps(), {
    [p.file]: async (input, ctx) => (await mine()).fileRequest(input, ctx, await deps()),
    [p.mine]: async (_input, ctx) => (await mine()).listMyRequests(ctx, await deps()),
    [p.cancel]: async (input, ctx) => (await mine()).cancelRequest(input, ctx, await deps()),
    [p.copy]: async (input, ctx) =>
      (await import('../lib/privacy/personal-copy')).personalCopy(input, ctx, await deps()),
    [p.queue]: async (input, ctx) => (await staff()).staffQueue(input, ctx, await deps()),
    [p.detail]: async (input, ctx) => (await staff()).staffDetail(input, ctx, await deps()),
    [p.reveal]: async (input, ctx) => (await staff()).revealRequest(input, ctx, await deps()),
    [p.decide]: async (input, ctx) =>
      (await import('../lib/privacy/decide-request')).decideRequest(input, ctx, await deps()),
    [p.verifyAudit]: async (input, ctx) =>
      (await import('../lib/audit/verify-audit')).verifyAudit(input, ctx, await deps()),
    [p.auditLog]: async (input, ctx) =>
      (await import('../lib/audit/search-audit')).searchAudit(input, ctx, await auditDeps()),
  }),
  { context: wxContext, maxEventBytes: 16 * 1024 },
);
