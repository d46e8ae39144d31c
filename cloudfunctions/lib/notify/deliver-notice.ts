import type { ResolvedTemplate } from '../../../config/subscription-templates';
import { templateForKind } from './subscription-templates';
import type { AccountRecord } from '../account/account.record';
import type { Channel, RecipientState } from '../contract/notify';
import type { SubscribeSender } from '../infra/wechat-subscribe';
import type { AddressBook } from './address-book';
import type { ChannelAdapters } from './channel-adapter';
import type { MessageRecord } from './notify.records';
import type { Notice } from './notifier';
import type { GrantRecord } from './notify.records';
import type { GrantRepository } from './grant.repository';
import { settleGrant } from './grant-settlement';
import type { MessageRepository } from './message.repository';
import { channelEnabled } from './preferences';
import { templateData } from './template-fields';

export interface DeliveryDeps {
  templates: readonly ResolvedTemplate[];
  wechat: SubscribeSender;
  channels: ChannelAdapters;
  addresses: AddressBook;
  /** Waits for a slot under WeChat's send rate. */
  throttle: () => Promise<void>;
  miniprogramState: 'developer' | 'trial' | 'formal';
  grants: GrantRepository;
  messages: MessageRepository;
}

export interface Delivery {
  state: Exclude<RecipientState, 'queued' | 'claimed' | 'sending'>;
  reason: string | null;
  channels: Record<Channel, string>;
}

export interface DeliveryTarget {
  account: AccountRecord;
  choices: Record<string, boolean> | undefined;
}

export function inboxMessage(notice: Notice, id: string, now: number): MessageRecord {
  return {
    _id: id,
    accountId: notice.accountId,
    kind: notice.tag ?? notice.kind,
    title: notice.title,
    body: notice.body,
    text: notice.text ?? null,
    page: notice.page ?? null,
    fields: notice.fields ?? null,
    createdAt: now,
    readAt: null,
  };
}

export type WechatPlan =
  | { send: true; template: ResolvedTemplate; data: Record<string, { value: string }> }
  | { send: false; outcome: string };

/**
 * Whether WeChat is to be asked, before any grant is touched: a template for the kind, the kind on,
 * an openid, data that fits, and (from `grant`, when read beforehand) something left to spend.
 */
export function planWechat(
  notice: Notice,
  now: number,
  target: DeliveryTarget,
  deps: DeliveryDeps,
  grant?: GrantRecord | null,
): WechatPlan {
  const template = templateForKind(deps.templates, notice.kind);
  if (!template) return { send: false, outcome: 'skipped:no-template' };
  if (!channelEnabled(target.choices, notice.kind, 'wechat')) return { send: false, outcome: 'skipped:turned-off' };
  if (!target.account.openid) return { send: false, outcome: 'skipped:no-address' };
  if (grant !== undefined && !(grant && (grant.remaining > 0 || (template.longTerm && grant.longTerm)))) {
    return { send: false, outcome: 'skipped:no-grant' };
  }
  const data = templateData(template, notice, now);
  if (!data.ok) return { send: false, outcome: 'failed:fields' };
  return { send: true, template, data: data.data };
}

/** Spends a grant (atomically) and asks WeChat; the outcome as recorded per channel. */
export async function sendWechat(
  plan: Extract<WechatPlan, { send: true }>,
  notice: Notice,
  now: number,
  account: AccountRecord,
  deps: DeliveryDeps,
  /** What the caller spent already (a push job spends a batch's one-time grants in one write). */
  spent: 'nothing' | 'one-time' | 'long-term' = 'nothing',
): Promise<string> {
  const { template } = plan;
  let held: 'one-time' | 'long-term' | null = spent === 'nothing' ? null : spent;
  if (!held && template.longTerm && (await deps.grants.get(account._id, template.id))?.longTerm === true)
    held = 'long-term';
  if (!held && (await deps.grants.spend(account._id, template.id, now))) held = 'one-time';
  if (!held) return 'skipped:no-grant';
  await deps.throttle();
  let answer: { errCode: number; errMsg: string };
  try {
    answer = await deps.wechat({
      touser: account.openid ?? '',
      templateId: template.id,
      page: notice.page ?? template.page,
      data: plan.data,
      miniprogramState: deps.miniprogramState,
    });
  } catch (error) {
    if (held === 'one-time') await settleGrant('threw', account._id, template.id, now, deps.grants);
    throw error;
  }
  if (answer.errCode === 0) return 'sent';
  if (held === 'one-time' || answer.errCode === 43101)
    await settleGrant(answer.errCode, account._id, template.id, now, deps.grants);
  return `failed:${answer.errCode}`;
}

export async function sendOther(
  channel: 'sms' | 'email',
  notice: Notice,
  now: number,
  target: DeliveryTarget,
  deps: DeliveryDeps,
): Promise<string> {
  if (!channelEnabled(target.choices, notice.kind, channel)) return 'skipped:turned-off';
  const adapter = deps.channels[channel];
  if (!adapter) return 'skipped:channel-off';
  const to = deps.addresses(target.account)[channel];
  if (!to) return 'skipped:no-address';
  try {
    await adapter.send({ to, kind: notice.kind, title: notice.title, body: notice.body }, now);
    return 'sent';
  } catch (error) {
    return `failed:${channel}-${String((error as Error).message ?? 'error').slice(0, 40)}`;
  }
}

/** One recipient's record from the channels' outcomes: failed if any failed, sent if any sent, else skipped. */
export function summarize(channels: Record<Channel, string>): Delivery {
  const outcomes = Object.values(channels);
  const failed = outcomes.find((o) => o.startsWith('failed:'));
  if (failed) return { state: 'failed', reason: failed.slice('failed:'.length), channels };
  if (outcomes.includes('sent')) return { state: 'sent', reason: null, channels };
  return { state: 'skipped', reason: channels.wechat.replace(/^skipped:/, ''), channels };
}

/**
 * One notice to one person: the inbox always (first, so nothing else can lose it), then WeChat when
 * a grant allows and the kind is on, then SMS and email where the person has an address and wants it.
 */
export async function deliverNotice(
  notice: Notice,
  now: number,
  target: DeliveryTarget & { messageId: string },
  deps: DeliveryDeps,
): Promise<Delivery> {
  await deps.messages.insert(inboxMessage(notice, target.messageId, now));
  const plan = planWechat(notice, now, target, deps);
  return summarize({
    wechat: plan.send ? await sendWechat(plan, notice, now, target.account, deps) : plan.outcome,
    sms: await sendOther('sms', notice, now, target, deps),
    email: await sendOther('email', notice, now, target, deps),
  });
}
