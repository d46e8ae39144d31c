import { useState } from 'react';
import { cloudClient } from '../../services/cloud';
import { readLaunchConsent } from '../consent/launch-consent';

const GLANCE = 50;

/**
 * Home's "my requests at a glance": how many of mine are in progress, counted from one page of the
 * `mine` list ("50+" beyond it); null for a guest, someone signed out, or offline. Kept tiny: main package.
 */
export function useOpenRequestCount() {
  const [open, setOpen] = useState<string | null>(null);
  const refresh = async () => {
    if (readLaunchConsent() !== 'accepted') return setOpen(null);
    const r = await cloudClient.call<{ items: unknown[]; nextCursor: string | null }, 'requests'>('requests', 'mine', {
      group: 'inProgress',
      pageSize: GLANCE,
    });
    setOpen(r.ok && r.data.items.length > 0 ? `${r.data.items.length}${r.data.nextCursor ? '+' : ''}` : null);
  };
  return { open, refresh };
}
