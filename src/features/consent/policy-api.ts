import type { CurrentPoliciesOutput, UpcomingPoliciesOutput } from '../../../cloudfunctions/lib/contract/policy';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { cloudClient } from '../../services/cloud';

const fn = 'policy' as const;

/** The `policy` function's public reads: what is in force, and what is published for later. */
export const policyApi = {
  current: () => cloudClient.call<CurrentPoliciesOutput, typeof fn>(fn, FUNCTIONS.policy.current),
  upcoming: () => cloudClient.call<UpcomingPoliciesOutput, typeof fn>(fn, FUNCTIONS.policy.upcoming),
};
