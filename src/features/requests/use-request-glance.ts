import { useState } from 'react';
import type { StatusGroup } from '../../../cloudfunctions/lib/contract/requests';
import { cloudClient } from '../../services/cloud';
import { readLaunchConsent } from '../consent/launch-consent';

const GLANCE = 50;
/** The groups home counts: what is moving, and what waits for the person. */
export const GLANCE_GROUPS = ['inProgress', 'needsSupplement'] as const satisfies readonly StatusGroup[];
export type RequestGlance = Record<(typeof GLANCE_GROUPS)[number], string>;

/**
 * Home's "my requests at a glance": how many of mine are in progress and how many wait for a
 * supplement, each counted from one page of the `mine` list ("50+" beyond it). Null for a guest,
 * someone without an account (the action answers an error), or offline. Kept tiny: main package.
 */
export function useRequestGlance() {
  const [glance, setGlance] = useState<RequestGlance | null>(null);
  const refresh = async () => {
    if (readLaunchConsent() !== 'accepted') return setGlance(null);
    const pages = await Promise.all(
      GLANCE_GROUPS.map((group) =>
        cloudClient.call<{ items: unknown[]; nextCursor: string | null }, 'requests'>('requests', 'mine', {
          group,
          pageSize: GLANCE,
        }),
      ),
    );
    const [open, waiting] = pages.map((r) => (r.ok ? `${r.data.items.length}${r.data.nextCursor ? '+' : ''}` : null));
    setGlance(open != null && waiting != null ? { inProgress: open, needsSupplement: waiting } : null);
  };
  return { glance, refresh };
}
