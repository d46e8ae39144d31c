import {
  CHANNELS,
  DEFAULT_CHANNELS,
  LOCKED_KINDS,
  NOTICE_KINDS,
  type Channel,
  type NoticeKindName,
  type PreferenceRow,
} from '../contract/notify';

/** The stored key of one choice (no dots: the database would read them as a path). */
export function choiceKey(kind: string, channel: Channel): string {
  return `${kind.replace(/\./g, '_')}__${channel}`;
}

export function isLocked(kind: string): boolean {
  return (LOCKED_KINDS as readonly string[]).includes(kind);
}

/** Whether a notice of `kind` goes out on `channel`: locked kinds always, others as chosen or by default. */
export function channelEnabled(choices: Record<string, boolean> | undefined, kind: string, channel: Channel): boolean {
  if (isLocked(kind)) return true;
  return choices?.[choiceKey(kind, channel)] ?? DEFAULT_CHANNELS[channel];
}

export function preferenceRows(choices: Record<string, boolean> | undefined): PreferenceRow[] {
  return NOTICE_KINDS.map((kind: NoticeKindName) => ({
    kind,
    locked: isLocked(kind),
    channels: Object.fromEntries(CHANNELS.map((c) => [c, channelEnabled(choices, kind, c)])) as Record<
      Channel,
      boolean
    >,
  }));
}
