import { CURRENT_POLICIES, POLICY_MANIFEST } from '../../../policies/generated';
import type { CurrentPoliciesOutput } from '../contract/policy';

/** The documents in force now, without their text: what a client needs to know what to ask. */
export async function getCurrentPolicies(): Promise<CurrentPoliciesOutput> {
  return { policies: POLICY_MANIFEST.filter((meta) => CURRENT_POLICIES[meta.id].version === meta.version) };
}
