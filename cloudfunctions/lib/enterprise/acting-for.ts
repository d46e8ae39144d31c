import { AppError } from '../errors/app-error';
import type { RequestsDeps } from '../requests/requests.deps';
import type { EnterpriseRecord, GrantRecord } from './enterprise.record';

/** Approved, and `today` (YYYY-MM-DD, Asia/Shanghai) inside its validity period. */
export function isCurrent(grant: GrantRecord, today: string): boolean {
  return grant.status === 'approved' && grant.validFrom <= today && today <= grant.validUntil;
}

/**
 * The grant under which `agentId` may handle `matterCode` for `enterpriseId` today. No approved
 * grant of that enterprise covering the matter: ENTERPRISE.GRANT_REQUIRED (a grant for another
 * enterprise or other matters does not count); one that covers it but not today:
 * ENTERPRISE.GRANT_EXPIRED.
 */
export async function actingGrant(
  agentId: string,
  enterpriseId: string,
  matterCode: string,
  today: string,
  deps: Pick<RequestsDeps, 'grants' | 'enterprises'>,
): Promise<{ grant: GrantRecord; enterprise: EnterpriseRecord }> {
  const covering = (await deps.grants.ofAgentFor(agentId, enterpriseId)).filter(
    (g) => g.status === 'approved' && g.matterCodes.includes(matterCode),
  );
  if (covering.length === 0) throw new AppError('ENTERPRISE.GRANT_REQUIRED');
  const grant = covering.find((g) => isCurrent(g, today));
  if (!grant) throw new AppError('ENTERPRISE.GRANT_EXPIRED');
  const enterprise = await deps.enterprises.get(enterpriseId);
  if (!enterprise) throw new AppError('ENTERPRISE.GRANT_REQUIRED');
  return { grant, enterprise };
}
