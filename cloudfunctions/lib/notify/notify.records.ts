import type { Channel, RecipientState } from '../contract/notify';
import type { Audience } from '../contract/notify';

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
  status: 'created' | 'sending' | 'done';
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
