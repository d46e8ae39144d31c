import { noticeContent } from '../contract/notices/notice-text';
import { requireAccount } from '../account/account-guard';
import type { AccountRecord } from '../account/account.record';
import { requireLevel } from '../account/assurance-level';
import { FindEnterpriseInputSchema, type EnterpriseView } from '../contract/enterprise';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { RequestsDeps } from '../requests/requests.deps';
import type { EnterpriseRecord } from './enterprise.record';
import { registryVerdict } from './enterprise-registry';
import { enterpriseSeal, managesGrants, toEnterpriseView } from './enterprise-view';

const CODES = { 'uscc-invalid': 'ENTERPRISE.USCC_INVALID' } as const;

/**
 * The real legal representative takes a registration over (finding 1): someone else registered
 * the code naming another person, and the business registry names the caller (L2, so the name is
 * their own). The registration then carries the caller as its registry-confirmed legal
 * representative; grants the former registrant held for it are revoked; they are told; audited.
 */
export async function takeOverEnterprise(
  input: unknown,
  ctx: CallContext,
  deps: RequestsDeps,
): Promise<EnterpriseView> {
  const { account } = await requireAccount(ctx, deps, 'write');
  requireLevel(account, 'L2');
  const { uscc } = parseInput(FindEnterpriseInputSchema, input, CODES);
  const enterprise = await deps.enterprises.findByUscc(uscc);
  if (!enterprise) throw new AppError('ENTERPRISE.NOT_FOUND');
  const index = account.documentIndex;
  if (!index || (await registryVerdict(deps.registry, uscc, index)) !== 'confirmed') {
    throw new AppError('ENTERPRISE.TAKEOVER_UNCONFIRMED');
  }
  if (managesGrants(enterprise, account)) return toEnterpriseView(enterprise, account, deps.cipher);

  const now = ctx.now.getTime();
  const patch = representativePatch(enterprise, account, now, deps);
  if (!(await deps.enterprises.replaceRepresentative(enterprise._id, enterprise.legalRepDocumentIndex, patch))) {
    throw new AppError('REQUESTS.VERSION_CONFLICT');
  }
  const former = enterprise.registeredBy;
  const revoked = former === account._id ? 0 : await revokeFormerRegistrantsGrants(enterprise, account, now, deps);
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'enterprise.taken-over',
    target: enterprise._id,
    details: { uscc, formerRegistrant: former, wasVerifiedBy: enterprise.verifiedBy ?? null, revokedGrants: revoked },
  });
  if (former !== account._id) {
    await deps.notifier.notify(
      {
        accountId: former,
        kind: 'account.security',
        tag: 'enterprise.taken-over',
        ...noticeContent('enterprise.taken-over', { enterprise: enterprise.name, uscc }),
      },
      now,
    );
  }
  return toEnterpriseView({ ...enterprise, ...patch }, account, deps.cipher);
}

function representativePatch(e: EnterpriseRecord, account: AccountRecord, now: number, deps: RequestsDeps) {
  if (!account.realName || !account.documentNumber || !account.documentIndex) throw new AppError('ACCOUNT.FORBIDDEN');
  const sealed = enterpriseSeal(deps.cipher, e._id);
  const name = deps.accountFields.open('realName', account._id, account.realName);
  const number = deps.accountFields.open('documentNumber', account._id, account.documentNumber);
  return {
    legalRepName: sealed.seal('legalRepName', name),
    legalRepDocumentType: account.documentType,
    legalRepDocumentNumber: sealed.seal('legalRepDocumentNumber', number),
    legalRepDocumentIndex: account.documentIndex,
    registeredBy: account._id,
    verifiedBy: 'registry' as const,
    verifiedAt: now,
    takenOverFrom: e.registeredBy,
  } satisfies Partial<EnterpriseRecord>;
}

/** The squatter's own pending or approved grants for the enterprise end with the takeover. */
async function revokeFormerRegistrantsGrants(
  e: EnterpriseRecord,
  account: AccountRecord,
  now: number,
  deps: RequestsDeps,
): Promise<number> {
  let count = 0;
  for (const g of await deps.grants.ofAgentFor(e.registeredBy, e._id)) {
    if (g.status !== 'pending' && g.status !== 'approved') continue;
    const revoked = await deps.grants.updateAt(g._id, g.version, {
      status: 'revoked',
      version: g.version + 1,
      revokedAt: now,
      revokedBy: 'legal-representative',
      revokedById: account._id,
      revokeReason: '企业登记由法定代表人接管',
    });
    if (revoked) count += 1;
  }
  return count;
}
