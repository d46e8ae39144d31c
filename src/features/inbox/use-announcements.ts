import { useState } from 'react';
import type { AnnouncementView } from '../../../cloudfunctions/lib/contract/announcement';
import { notifyApi } from './notify-api';

/** The home banner's announcements: public, so asked for guests too; none when offline or refused. */
export function useAnnouncements() {
  const [announcements, setAnnouncements] = useState<AnnouncementView[]>([]);
  const load = async () => {
    const r = await notifyApi.announcements();
    setAnnouncements(r.ok ? r.data.announcements : []);
  };
  return { announcements, load };
}
