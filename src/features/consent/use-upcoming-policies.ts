import { useCallback, useState } from 'react';
import type { PublishedPolicy } from '../../../cloudfunctions/lib/contract/policy';
import { policyApi } from './policy-api';

/** Versions published to take effect later: everyone, guests too, is told before (agreement §10.2). */
export function useUpcomingPolicies() {
  const [upcoming, setUpcoming] = useState<PublishedPolicy[]>([]);
  const load = useCallback(async () => {
    const result = await policyApi.upcoming();
    if (result.ok) setUpcoming(result.data.policies);
  }, []);
  return { upcoming, load };
}
