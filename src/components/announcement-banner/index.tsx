import { View } from '@tarojs/components';
import type { AnnouncementView } from '../../../cloudfunctions/lib/contract/announcement';
import { tAnnouncement as m } from '../../i18n/announcement';
import { beijingDateTime } from '../../i18n/beijing-time';
import './index.css';

/**
 * Maintenance and service-change announcements on home (agreement §8.2, §8.4), for everyone,
 * guests included. The state is written out, not only coloured.
 */
export function AnnouncementBanner({ announcements }: { announcements: readonly AnnouncementView[] }) {
  if (announcements.length === 0) return null;
  return (
    <View className="announcement">
      {announcements.map((a) => (
        <View key={a.id} className={`announcement__item announcement__item--${a.type}`}>
          <View className="announcement__head">
            <View className="announcement__type">{m.types[a.type]}</View>
            <View className="announcement__state">{a.active ? m.active : m.upcoming}</View>
          </View>
          <View className="announcement__title">{a.title}</View>
          <View className="announcement__period">
            {m.period(beijingDateTime(a.startsAt), beijingDateTime(a.endsAt))}
          </View>
          <View className="announcement__body">{a.body}</View>
        </View>
      ))}
    </View>
  );
}
