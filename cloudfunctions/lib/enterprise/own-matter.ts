import type { AccountRecord } from '../account/account.record';
import { AppError } from '../errors/app-error';
import type { EnterpriseRepository, GrantRepository } from './enterprise.repository';
import { isLegalRepresentative } from './enterprise-view';

/** Who a matter is about: the person, and the enterprise they act for, if any. */
export interface MatterParties {
  personId: string;
  enterpriseId: string | null;
}

/**
 * Separation of duties (issue 15, finding 3): a staff member does not act on a matter of their
 * own, nor on one of an enterprise they represent by law or act for under an approved grant.
 */
export async function isOwnMatter(
  staff: AccountRecord,
  parties: MatterParties,
  deps: { enterprises: EnterpriseRepository; grants: GrantRepository },
): Promise<boolean> {
  if (parties.personId === staff._id) return true;
  if (!parties.enterpriseId) return false;
  const enterprise = await deps.enterprises.get(parties.enterpriseId);
  if (enterprise && isLegalRepresentative(enterprise, staff)) return true;
  const grants = await deps.grants.ofAgentFor(staff._id, parties.enterpriseId);
  return grants.some((g) => g.status === 'approved');
}

export async function assertNotOwnMatter(
  staff: AccountRecord,
  parties: MatterParties,
  deps: { enterprises: EnterpriseRepository; grants: GrantRepository },
): Promise<void> {
  if (await isOwnMatter(staff, parties, deps)) throw new AppError('STAFF.OWN_MATTER');
}
