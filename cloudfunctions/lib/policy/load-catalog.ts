import { CURRENT_POLICIES, POLICY_DOCUMENTS } from '../../../policies/generated/catalog';
import type { PolicyCatalog } from '../consent/policy-catalog';
import { catalogAt } from './policy-timeline';
import type { PublicationRepository } from './publication.repository';

/** Reads what is in force: one read of `policy_versions`, on every call that needs it. */
export type CatalogSource = (now: Date) => Promise<PolicyCatalog>;

export function cloudCatalog(publications: PublicationRepository): CatalogSource {
  return async (now) => catalogAt(POLICY_DOCUMENTS, CURRENT_POLICIES, await publications.list(), now.getTime());
}
