import type { PolicySummary } from '../../../cloudfunctions/lib/contract/policy';
import type { PolicyDocument, PolicyId } from '../../../policies/generated';
import { CURRENT_LAUNCH_POLICIES, LAUNCH_DOCUMENTS, type LaunchPolicyId } from '../../../policies/generated/launch';
import { readStored, writeStored } from '../../platform/storage';
import { policyApi } from './policy-api';

/**
 * The launch documents come from policies/generated/launch.ts, the only policy text the weapp main
 * package carries; a screen that shows any document (the privacy subpackage's policy page) passes
 * the whole set from policies/generated.
 */
export function findVersion(
  id: string,
  version: string,
  documents: readonly PolicyDocument[] = LAUNCH_DOCUMENTS,
): PolicyDocument | undefined {
  return documents.find((doc) => doc.id === id && doc.version === version);
}

/**
 * The version of a document in force: what the cloud last said was published and in effect, shown
 * from the text this build ships (same version and hash), with the publication's effective date;
 * until the cloud has answered (or for a version this build lacks), `fallback`, the build's own.
 */
export function inEffect(id: PolicyId, documents: readonly PolicyDocument[], fallback: PolicyDocument): PolicyDocument {
  const known = readStored('policy.inEffect')?.find((p) => p.id === id);
  const doc = known && findVersion(id, known.version, documents);
  return doc && doc.sha256 === known.sha256 ? { ...doc, effectiveDate: known.effectiveDate } : fallback;
}

/** A launch document (the user agreement, the privacy policy) at the version in force. */
export function documentInEffect(id: LaunchPolicyId): PolicyDocument {
  return inEffect(id, LAUNCH_DOCUMENTS, CURRENT_LAUNCH_POLICIES[id]);
}

function remember(policies: readonly PolicySummary[]): void {
  writeStored(
    'policy.inEffect',
    policies.map(({ id, version, effectiveDate, sha256 }) => ({ id, version, effectiveDate, sha256 })),
  );
}

/** Asks the cloud what is in force now; false when it could not be reached (the cache stays). */
export async function refreshInEffect(): Promise<boolean> {
  const result = await policyApi.current();
  if (result.ok) remember(result.data.policies);
  return result.ok;
}
