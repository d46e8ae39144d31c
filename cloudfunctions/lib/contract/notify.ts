import * as v from 'valibot';
import { AccountNameSchema } from './account';
import type { NoticeText } from './notices/notice-text';

/**
 * The `notify` function's inputs and outputs, shared by the function and the mini-program: the
 * inbox, subscription grants, notice preferences and staff push jobs.
 */
export const NOTICE_KINDS = [
  'request.status',
  'agent.grant',
  'policy.published',
  'account.security',
  'account.status',
  'maintenance',
  'service.change',
  'security.incident',
  'staff.push',
  'privacy.request',
] as const;
export type NoticeKindName = (typeof NOTICE_KINDS)[number];

/**
 * Security and legal notices (agreement §8.2, §8.4, §10.2, §12; policy §7.2): nobody can turn these
 * off — maintenance and service changes announced before the date, security incidents to those affected.
 */
export const LOCKED_KINDS: readonly NoticeKindName[] = [
  'account.security',
  'policy.published',
  'account.status',
  'maintenance',
  'service.change',
  'security.incident',
];

/** The inbox is always on; these are the channels a person chooses per kind. */
export const CHANNELS = ['wechat', 'sms', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** What each channel does for a kind the person has not chosen for. */
export const DEFAULT_CHANNELS: Record<Channel, boolean> = { wechat: true, sms: false, email: false };

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_:-]{1,80}$/));

export const ListInboxInputSchema = v.strictObject({
  /** The `createdAt` and id of the last message of the previous page. */
  before: v.optional(v.strictObject({ createdAt: v.pipe(v.number(), v.integer()), id: Id })),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
});
export const MessageIdInputSchema = v.strictObject({ id: Id });

export interface InboxMessageView {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** The notice's key and parameters, shown in the reader's language; null on staff pushes and older messages. */
  text: NoticeText | null;
  page: string | null;
  createdAt: string;
  read: boolean;
}

export interface InboxPage {
  messages: InboxMessageView[];
  unread: number;
  next: { createdAt: number; id: string } | null;
}

export const GRANT_DECISIONS = ['accept', 'reject', 'ban', 'filter'] as const;
export const RecordGrantsInputSchema = v.strictObject({
  /** requestSubscribeMessage's answer: template id → decision. */
  decisions: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)), v.picklist(GRANT_DECISIONS)),
    v.check((d) => Object.keys(d).length >= 1 && Object.keys(d).length <= 5, 'one to five templates'),
  ),
});

export interface TemplateView {
  id: string;
  title: string;
  kinds: string[];
  longTerm: boolean;
  /** One-time sends the person has left (null when long-term and accepted). */
  remaining: number | null;
}

export const SetPreferenceInputSchema = v.strictObject({
  kind: v.picklist(NOTICE_KINDS),
  channel: v.picklist(CHANNELS),
  enabled: v.boolean(),
});

export interface PreferenceRow {
  kind: NoticeKindName;
  locked: boolean;
  channels: Record<Channel, boolean>;
}

export interface PreferencesView {
  rows: PreferenceRow[];
  /** Which channels the person has an address for (nothing is sent on the others). */
  addresses: Record<Channel, boolean>;
}

/** At most this many accounts named in one job (a larger incident goes to everyone). */
export const MAX_NAMED_ACCOUNTS = 200;

export const AudienceSchema = v.variant('type', [
  v.strictObject({ type: v.literal('person'), accountName: AccountNameSchema }),
  v.strictObject({ type: v.literal('matter'), matterCode: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/)) }),
  v.strictObject({
    type: v.literal('policy'),
    documentId: v.picklist(['user-agreement', 'privacy-policy'] as const),
    version: v.pipe(v.string(), v.regex(/^[0-9A-Za-z._-]{1,32}$/)),
  }),
  v.strictObject({ type: v.literal('everyone') }),
  /** The people a security incident affected, by account name. */
  v.strictObject({
    type: v.literal('accounts'),
    accountNames: v.pipe(v.array(AccountNameSchema), v.minLength(1), v.maxLength(MAX_NAMED_ACCOUNTS)),
  }),
]);
export type Audience = v.InferOutput<typeof AudienceSchema>;

/** Staff may push these kinds; the others come from their own events. */
export const PUSH_KINDS = ['staff.push', 'maintenance', 'policy.published', 'security.incident'] as const;
/** Kinds only admins may push (a security incident speaks for the bureau). */
export const ADMIN_PUSH_KINDS: readonly string[] = ['security.incident'];

export const CreatePushJobInputSchema = v.strictObject({
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)),
  body: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
  kind: v.picklist(PUSH_KINDS),
  audience: AudienceSchema,
});
export type CreatePushJobInput = v.InferInput<typeof CreatePushJobInputSchema>;

export const RunPushJobInputSchema = v.strictObject({
  jobId: Id,
  /** At most this many recipients in this call (the caller calls again until done). */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2000))),
});
export const PushJobIdInputSchema = v.strictObject({ jobId: Id });

// 'queued': claimed with its inbox message written, waiting for the paced WeChat phase.
export const RECIPIENT_STATES = ['queued', 'claimed', 'sending', 'sent', 'skipped', 'failed'] as const;
export type RecipientState = (typeof RECIPIENT_STATES)[number];

export interface PushProgress {
  jobId: string;
  /** `awaiting`: a push to everyone before a second admin approved it; `withdrawn`: rejected or lapsed. */
  status: 'awaiting' | 'withdrawn' | 'created' | 'sending' | 'done';
  audienceSize: number;
  /** Recipients handled (sent + skipped + failed). */
  done: number;
  /** Inbox messages written: every recipient gets one, whether or not WeChat may be sent to them. */
  inbox: number;
  /** The WeChat subscription-message channel: sent, skipped (no grant, turned off…) or failed. */
  sent: number;
  skipped: number;
  failed: number;
  /** Failures by WeChat's errCode (43101…) or our reason. */
  failures: Record<string, number>;
  skips: Record<string, number>;
}

export interface PushJobCreated {
  jobId: string;
  audienceSize: number;
  /**
   * What a recipient will see: the inbox message and the subscription message, as WeChat's `data`
   * (by key, `thing1`) and as the template shows it (by field name, 通知标题), in the template's order.
   */
  preview: {
    title: string;
    body: string;
    template: string | null;
    data: Record<string, { value: string }> | null;
    fields: { name: string; value: string }[] | null;
  };
  /** A push to everyone waits for a second admin (two-person rule): the proposal on the staff desk. */
  proposalId: string | null;
}
