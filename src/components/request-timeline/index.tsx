import { View } from '@tarojs/components';

export interface TimelineRow {
  id: string;
  time: string;
  action: string;
  status: string;
  actor: string;
  comment: string | null;
}

/** A request's events, oldest first: when, who, what it became and the comment the person reads. */
export function RequestTimeline({ rows }: { rows: readonly TimelineRow[] }) {
  return (
    <View className="request-timeline">
      {rows.map((row) => (
        <View key={row.id} className="svc__event request-timeline__event">
          <View className="svc__event-time">
            {row.time} · {row.actor}
          </View>
          <View className="request-timeline__action">
            {row.action} → {row.status}
          </View>
          {row.comment && <View className="request-timeline__comment">{row.comment}</View>}
        </View>
      ))}
    </View>
  );
}
