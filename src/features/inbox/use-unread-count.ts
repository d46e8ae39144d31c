import { useState } from 'react';
import { cloudClient } from '../../services/cloud';
import { readLaunchConsent } from '../consent/launch-consent';

/** The home page's unread badge: 0 when signed out or offline (the inbox itself says why). Kept tiny: main package. */
export function useUnreadCount() {
  const [unread, setUnread] = useState(0);
  const refresh = async () => {
    // A guest has no inbox: asking would be refused for want of consent and lead to the gate.
    if (readLaunchConsent() !== 'accepted') return setUnread(0);
    const r = await cloudClient.call<{ unread: number }, 'notify'>('notify', 'unreadCount');
    setUnread(r.ok ? r.data.unread : 0);
  };
  return { unread, refresh };
}
