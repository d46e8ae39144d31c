import type { PolicySummary } from '../../../cloudfunctions/lib/contract/policy';
import { CURRENT_POLICIES, POLICY_DOCUMENTS, type PolicyDocument, type PolicyId } from '../../../policies/generated';
import { readStored, writeStored } from '../../platform/storage';
import { policyApi } from './policy-api';

export function findVersion(id: string, version: string): PolicyDocument | undefined {
  return POLICY_DOCUMENTS.find((doc) => doc.id === id && doc.version === version);
}

/**
 * The version of a document in force: what the cloud last said was published and in effect, shown
 * from the text this build ships, with the publication's effective date; until the cloud has
 * answered (or for a version this build lacks), the build's own current version.
 */
export function documentInEffect(id: PolicyId): PolicyDocument {
  const known = readStored('policy.inEffect')?.find((p) => p.id === id);
  const doc = known && findVersion(id, known.version);
  return doc ? { ...doc, effectiveDate: known.effectiveDate } : CURRENT_POLICIES[id];
}

function remember(policies: readonly PolicySummary[]): void {
  const shipped = policies.filter((p) => findVersion(p.id, p.version)?.sha256 === p.sha256);
  writeStored(
    'policy.inEffect',
    shipped.map(({ id, version, effectiveDate }) => ({ id, version, effectiveDate })),
  );
}

/** Asks the cloud what is in force now; false when it could not be reached (the cache stays). */
export async function refreshInEffect(): Promise<boolean> {
  const result = await policyApi.current();
  if (result.ok) remember(result.data.policies);
  return result.ok;
}
