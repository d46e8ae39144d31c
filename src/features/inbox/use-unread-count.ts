import { useState } from 'react';
import { cloudClient } from '../../services/cloud';

/** The home page's unread badge: 0 when signed out or offline (the inbox itself says why). Kept tiny: main package. */
export function useUnreadCount() {
  const [unread, setUnread] = useState(0);
  const refresh = async () => {
    const r = await cloudClient.call<{ unread: number }, 'notify'>('notify', 'unreadCount');
    setUnread(r.ok ? r.data.unread : 0);
  };
  return { unread, refresh };
}
