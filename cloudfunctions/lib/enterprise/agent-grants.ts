import { requireAccount } from '../account/account-guard';
import { requireLevel } from '../account/assurance-level';
import type { AccountRecord } from '../account/account.record';
import { newId } from '../account/ids';
import { ABANDONED_AFTER_MS, pendingGrantClaim } from '../account/unique-claims';
import { parseInput } from '../handler/parse-input';
import { shanghaiDate } from '../contract/shanghai-date';
import {
  EnterpriseGrantsInputSchema,
  GRANT_MAX_DAYS,
  RequestGrantInputSchema,
  type AgentGrantView,
} from '../contract/enterprise';
import { maskName } from '../crypto/masking';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { sortKey } from '../requests/new-request';
import type { RequestsDeps } from '../requests/requests.deps';
import type { GrantRecord } from './enterprise.record';
import { managesGrants, toGrantView } from './enterprise-view';
import { storedFileRef } from '../files/stored-file-ref';

const MB = 1024 * 1024;
const AUTHORISATION_RULE = { kinds: ['pdf', 'jpeg', 'png'] as const, maxBytes: 20 * MB };
const DAY_MS = 86_400_000;

/** The masked real name of an account, for grant views. */
export async function agentName(accountId: string, deps: RequestsDeps): Promise<string> {
  const account = await deps.accounts.get(accountId);
  if (!account?.realName) return '';
  return maskName(deps.accountFields.open('realName', account._id, account.realName));
}

function days(from: string, until: string): number {
  return (Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
}

/**
 * A person asks to act for an enterprise: the matters, the period (from today at the earliest, a
 * year at most) and the signed authorisation (their own upload, purpose 'authorisation'). A
 * reviewer decides; until then it gives no authority.
 */
export async function requestGrant(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<AgentGrantView> {
  const { account } = await requireAccount(ctx, deps, 'write');
  requireLevel(account, 'L2');
  const data = parseInput(RequestGrantInputSchema, input, { 'grant-period': 'ENTERPRISE.GRANT_PERIOD_INVALID' });
  const now = ctx.now.getTime();
  const today = shanghaiDate(now);
  if (data.validFrom < today || days(data.validFrom, data.validUntil) > GRANT_MAX_DAYS) {
    throw new AppError('ENTERPRISE.GRANT_PERIOD_INVALID');
  }
  const enterprise = await deps.enterprises.get(data.enterpriseId);
  if (!enterprise) throw new AppError('ENTERPRISE.NOT_FOUND');
  const matterCodes = [...new Set(data.matterCodes)];
  for (const code of matterCodes) {
    const matter = await deps.matters.get(code, now);
    if (!matter) throw new AppError('REQUESTS.MATTER_NOT_FOUND');
    if (!matter.applicants.includes('agent')) throw new AppError('REQUESTS.APPLICANT_NOT_ALLOWED');
  }
  const mine = await deps.grants.ofAgentFor(account._id, enterprise._id);
  if (mine.some((g) => g.status === 'pending')) throw new AppError('ENTERPRISE.GRANT_DUPLICATE');
  const file = await deps.materials.check(
    data.authorisationUploadId,
    account._id,
    ['authorisation'],
    AUTHORISATION_RULE,
  );
  const id = newId();
  const record: GrantRecord = {
    _id: id,
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    enterpriseUscc: enterprise.uscc,
    agentId: account._id,
    matterCodes,
    validFrom: data.validFrom,
    validUntil: data.validUntil,
    authorisation: storedFileRef(file),
    status: 'pending',
    version: 1,
    requestedAt: now,
    sortKey: sortKey(now, id),
    decidedAt: null,
    decidedBy: null,
    decisionComment: null,
    revokedAt: null,
    revokedBy: null,
    revokedById: null,
    revokeReason: null,
  };
  // The database holds one pending grant per person and enterprise (issue 15, finding 8); the read
  // above only answers the common case early.
  const key = pendingGrantClaim(account._id, enterprise._id);
  const held = await deps.claims.claim(key, id, now, async (claim) => {
    const grant = await deps.grants.get(claim.holder);
    if (grant) return grant.status !== 'pending';
    return now - claim.claimedAt > ABANDONED_AFTER_MS;
  });
  if (!held) throw new AppError('ENTERPRISE.GRANT_DUPLICATE');
  await deps.grants.insert(record).catch(async (error: unknown) => {
    await deps.claims.release(key, id);
    throw error;
  });
  return toGrantView(record, await agentName(account._id, deps), today);
}

/** The person's own grants (as agent), newest first. */
export async function myGrants(_input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<AgentGrantView[]> {
  const { account } = await requireAccount(ctx, deps, 'read');
  const today = shanghaiDate(ctx.now);
  const name = await agentName(account._id, deps);
  const grants = await deps.grants.ofAgent(account._id);
  return grants.sort((a, b) => b.requestedAt - a.requestedAt).map((g) => toGrantView(g, name, today));
}

/** The legal representative sees who may act for their enterprise (agents' names masked). */
export async function enterpriseGrants(
  input: unknown,
  ctx: CallContext,
  deps: RequestsDeps,
): Promise<AgentGrantView[]> {
  const { account } = await requireAccount(ctx, deps, 'read');
  const { enterpriseId } = parseInput(EnterpriseGrantsInputSchema, input);
  await requireLegalRepresentative(enterpriseId, account, deps);
  const today = shanghaiDate(ctx.now);
  const grants = await deps.grants.ofEnterprise(enterpriseId);
  const views: AgentGrantView[] = [];
  for (const g of grants.sort((a, b) => b.requestedAt - a.requestedAt)) {
    views.push(toGrantView(g, await agentName(g.agentId, deps), today));
  }
  return views;
}

async function requireLegalRepresentative(enterpriseId: string, account: AccountRecord, deps: RequestsDeps) {
  const enterprise = await deps.enterprises.get(enterpriseId);
  if (!enterprise) throw new AppError('ENTERPRISE.NOT_FOUND');
  if (!managesGrants(enterprise, account)) throw new AppError('ENTERPRISE.NOT_LEGAL_REPRESENTATIVE');
  return enterprise;
}
