import type { Channel, RecipientState } from '../contract/notify';
import type { AnnouncementType } from '../contract/announcement';
import type { Audience } from '../contract/notify';
import type { NoticeText } from '../contract/notices/notice-text';
import type { NoticeKind } from './notifier';

/** One inbox message (`messages`). `page` and `fields` travel with it for the push channels. */
export interface MessageRecord {
  _id: string;
  accountId: string;
  kind: NoticeKind | string;
  title: string;
  body: string;
  /** The key the title and body came from (null for staff-typed pushes; absent on older messages). */
  text?: NoticeText | null;
  page: string | null;
  fields: Record<string, string> | null;
  createdAt: number;
  readAt: number | null;
}

/** A person's subscription grants for one template (`subscriptions`, id `<accountId>:<templateId>`). */
export interface GrantRecord {
  _id: string;
  accountId: string;
  templateId: string;
  /** One-time acceptances not yet spent by a send. */
  remaining: number;
  /** A long-term template the person accepted (sends do not spend it). */
  longTerm: boolean;
  updatedAt: number;
}

/** The channels a person turned on or off, per kind (`notice_preferences`, id = accountId). */
export interface PreferenceRecord {
  _id: string;
  /** `<kind>.<channel>` → on/off; kinds not here follow DEFAULT_CHANNELS. */
  choices: Record<string, boolean>;
  updatedAt: number;
}

export interface PushJobRecord {
  _id: string;
  title: string;
  body: string;
  kind: string;
  audience: Audience;
  audienceSize: number;
  /** Accounts created after this are not part of the audience. */
  audienceAt: number;
  /** `awaiting` a second admin's approval (a push to everyone), `withdrawn` when refused or lapsed. */
  status: 'awaiting' | 'withdrawn' | 'created' | 'sending' | 'done';
  /** The audience's sort key up to which every recipient has been handled. */
  cursor: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

/** One recipient of one job (`push_recipients`, unique on jobId + accountId): claimed, then sent. */
export interface RecipientRecord {
  _id: string;
  jobId: string;
  accountId: string;
  state: RecipientState;
  claimedAt: number;
  /** Per channel: 'sent', 'skipped:<why>' or 'failed:<errCode>'. */
  channels: Partial<Record<Channel, string>>;
  /** The errCode or reason of the WeChat channel when it failed or was skipped. */
  reason: string | null;
  finishedAt: number | null;
  /** The run that took it from the queue (so a runner knows which of a contested chunk are its own). */
  runner?: string;
}

/** What a local channel stand-in would have sent (`channel_outbox`). */
export interface ChannelOutboxRecord {
  _id: string;
  channel: Exclude<Channel, 'wechat'>;
  to: string;
  title: string;
  body: string;
  kind: string;
  at: number;
}

/** A maintenance or service-change announcement (`announcements`): public text, no personal data. */
export interface AnnouncementRecord {
  _id: string;
  type: AnnouncementType;
  title: string;
  body: string;
  startsAt: number;
  endsAt: number;
  /** The push job that tells everyone's inbox before the date. */
  jobId: string;
  /** Shown on home only once a second admin approved its push (two-person rule). */
  awaitingApproval: boolean;
  createdBy: string;
  createdAt: number;
}
