import { noticeContent, type NoticeContent } from '../contract/notices/notice-text';
import { requireAccount, requireRole } from '../account/account-guard';
import { parseInput } from '../handler/parse-input';
import { shanghaiDate } from '../contract/shanghai-date';
import {
  DecideGrantInputSchema,
  GrantQueueInputSchema,
  GrantRefInputSchema,
  RevokeGrantInputSchema,
  type AgentGrantView,
  type StaffGrantView,
} from '../contract/enterprise';
import type { Page } from '../contract/requests';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { DEFAULT_PAGE_SIZE, parseCursor, readPage } from '../requests/paging';
import type { RequestsDeps } from '../requests/requests.deps';
import { SORT_KEY_PATTERN } from '../requests/new-request';
import { canProcess, PROCESSORS, QUEUE_READERS } from '../requests/staff-roles';
import { agentName } from './agent-grants';
import type { GrantRecord } from './enterprise.record';
import { managesGrants, toGrantView } from './enterprise-view';
import { assertNotOwnMatter, isOwnMatter } from './own-matter';

async function tellAgent(g: GrantRecord, content: NoticeContent, now: number, deps: RequestsDeps) {
  await deps.notifier.notify(
    { accountId: g.agentId, kind: 'agent.grant', ...content, page: '/packages/services/pages/enterprises/index' },
    now,
  );
}

async function changeGrant(g: GrantRecord, patch: Partial<GrantRecord>, deps: RequestsDeps): Promise<GrantRecord> {
  const next = { ...patch, version: g.version + 1 };
  if (!(await deps.grants.updateAt(g._id, g.version, next))) throw new AppError('REQUESTS.VERSION_CONFLICT');
  return { ...g, ...next };
}

/** A reviewer approves or refuses a pending grant after checking the authorisation. Audited. */
export async function decideGrant(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<AgentGrantView> {
  const { account: staff } = await requireRole(ctx, deps, PROCESSORS);
  const data = parseInput(DecideGrantInputSchema, input);
  const grant = await deps.grants.get(data.grantId);
  if (!grant) throw new AppError('ENTERPRISE.GRANT_NOT_FOUND');
  if (grant.status !== 'pending') throw new AppError('ENTERPRISE.GRANT_NOT_PENDING');
  await assertNotOwnMatter(staff, { personId: grant.agentId, enterpriseId: grant.enterpriseId }, deps);
  const now = ctx.now.getTime();
  const status = data.decision === 'approve' ? 'approved' : 'refused';
  const after = await changeGrant(
    grant,
    { status, decidedAt: now, decidedBy: staff._id, decisionComment: data.comment || null },
    deps,
  );
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: `grant.${status}`,
    target: grant._id,
    details: { enterprise: grant.enterpriseId, agent: grant.agentId, comment: data.comment || null },
  });
  await tellAgent(
    after,
    noticeContent(`agent-grant.${status}`, { enterprise: grant.enterpriseName, comment: data.comment }),
    now,
    deps,
  );
  return toGrantView(after, await agentName(after.agentId, deps), shanghaiDate(now));
}

/**
 * Revoking: the enterprise's legal representative (their document matches) or a reviewer/admin.
 * Anyone else is told the grant does not exist — except the agent, who may see it but not revoke.
 */
export async function revokeGrant(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<AgentGrantView> {
  const { account } = await requireAccount(ctx, deps, 'write');
  const data = parseInput(RevokeGrantInputSchema, input);
  const grant = await deps.grants.get(data.grantId);
  if (!grant) throw new AppError('ENTERPRISE.GRANT_NOT_FOUND');
  const enterprise = await deps.enterprises.get(grant.enterpriseId);
  const byRepresentative = enterprise !== null && managesGrants(enterprise, account);
  const byStaff = !byRepresentative && canProcess(account.roles);
  if (!byRepresentative && !byStaff) {
    if (grant.agentId === account._id) throw new AppError('ENTERPRISE.NOT_LEGAL_REPRESENTATIVE');
    throw new AppError('ENTERPRISE.GRANT_NOT_FOUND');
  }
  // Staff revoke only for others: not their own grant nor one of an enterprise they act for.
  if (byStaff) await assertNotOwnMatter(account, { personId: grant.agentId, enterpriseId: grant.enterpriseId }, deps);
  if (grant.status !== 'approved' && grant.status !== 'pending') throw new AppError('ENTERPRISE.GRANT_NOT_ACTIVE');
  const now = ctx.now.getTime();
  const after = await changeGrant(
    grant,
    {
      status: 'revoked',
      revokedAt: now,
      revokedBy: byRepresentative ? 'legal-representative' : 'staff',
      revokedById: account._id,
      revokeReason: data.reason,
    },
    deps,
  );
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'grant.revoked',
    target: grant._id,
    details: { by: after.revokedBy, enterprise: grant.enterpriseId, reason: data.reason },
  });
  await tellAgent(
    after,
    noticeContent('agent-grant.revoked', { enterprise: grant.enterpriseName, reason: data.reason }),
    now,
    deps,
  );
  return toGrantView(after, await agentName(after.agentId, deps), shanghaiDate(now));
}

/** Grants waiting for a decision (or in another status), oldest first. Names masked; not audited. */
export async function grantQueue(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<Page<AgentGrantView>> {
  const { account: staff } = await requireRole(ctx, deps, QUEUE_READERS);
  const data = parseInput(GrantQueueInputSchema, input ?? {});
  const cursor = parseCursor(data.cursor, SORT_KEY_PATTERN);
  const size = data.pageSize ?? DEFAULT_PAGE_SIZE;
  const today = shanghaiDate(ctx.now);
  const page = await readPage(
    size,
    (limit) => deps.grants.queue(data.status ?? 'pending', cursor, limit),
    (g) => g,
  );
  const items: AgentGrantView[] = [];
  for (const g of page.items) {
    // Not offered to the staff member it concerns (separation of duties).
    if (await isOwnMatter(staff, { personId: g.agentId, enterpriseId: g.enterpriseId }, deps)) continue;
    items.push(toGrantView(g, await agentName(g.agentId, deps), today));
  }
  return { items, nextCursor: page.nextCursor };
}

/** One grant with the agent's name and the authorisation document's temp URL. Audited. */
export async function grantDetail(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<StaffGrantView> {
  const { account: staff } = await requireRole(ctx, deps, QUEUE_READERS);
  const { grantId } = parseInput(GrantRefInputSchema, input);
  const grant = await deps.grants.get(grantId);
  if (!grant) throw new AppError('ENTERPRISE.GRANT_NOT_FOUND');
  const agent = await deps.accounts.get(grant.agentId);
  const urls = await deps.materials.tempUrls([grant.authorisation.fileID]);
  const now = ctx.now.getTime();
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: 'grant.viewed',
    target: grant._id,
    details: { agent: grant.agentId, fields: 'realName,authorisation' },
  });
  const realName = agent?.realName ? deps.accountFields.open('realName', agent._id, agent.realName) : '';
  return {
    ...toGrantView(grant, await agentName(grant.agentId, deps), shanghaiDate(now)),
    agent: { accountName: agent?.accountName ?? '', realName },
    authorisation: { name: grant.authorisation.name, url: urls[grant.authorisation.fileID] ?? null },
  };
}
