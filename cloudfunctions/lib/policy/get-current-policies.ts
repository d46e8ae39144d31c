import { CURRENT_POLICIES } from '../../../policies/generated';
import type { CurrentPoliciesOutput } from '../contract/policy';

/** The documents in force now, without their text: what a client needs to know what to ask. */
export async function getCurrentPolicies(): Promise<CurrentPoliciesOutput> {
  const policies = Object.values(CURRENT_POLICIES).map(
    ({ id, title, version, effectiveDate, sha256, changeSummary, reconsentRequired }) => ({
      id,
      title,
      version,
      effectiveDate,
      sha256,
      changeSummary,
      reconsentRequired,
    }),
  );
  return { policies };
}
