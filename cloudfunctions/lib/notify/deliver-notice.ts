import type { ResolvedTemplate } from '../../../config/subscription-templates';
import { templateForKind } from '../../../config/subscription-templates';
import type { AccountRecord } from '../account/account.record';
import type { Channel, RecipientState } from '../contract/notify';
import type { SubscribeSender } from '../infra/wechat-subscribe';
import type { AddressBook } from './address-book';
import type { ChannelAdapters } from './channel-adapter';
import type { Notice } from './notifier';
import { grantsRepo, messagesRepo } from './notify.repository';
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
}

export interface Delivery {
  state: Exclude<RecipientState, 'claimed' | 'sending'>;
  reason: string | null;
  channels: Record<Channel, string>;
}

export interface DeliveryTarget {
  account: AccountRecord;
  choices: Record<string, boolean> | undefined;
  /** Deterministic for push jobs, so a resumed job finds the message already there. */
  messageId: string;
  /** Called once, right before WeChat is asked: after it, the send may have happened. */
  beforeWechat?: () => Promise<void>;
}

async function wechat(notice: Notice, now: number, target: DeliveryTarget, deps: DeliveryDeps): Promise<string> {
  const { account } = target;
  const template = templateForKind(deps.templates, notice.kind);
  if (!template) return 'skipped:no-template';
  if (!channelEnabled(target.choices, notice.kind, 'wechat')) return 'skipped:turned-off';
  if (!account.openid) return 'skipped:no-address';
  const data = templateData(template, notice, now);
  if (!data.ok) return 'failed:fields';
  let spent = false;
  if (template.longTerm) {
    const grant = await grantsRepo.get(account._id, template.id);
    if (!grant?.longTerm) spent = await grantsRepo.spend(account._id, template.id, now);
    else spent = true;
  } else spent = await grantsRepo.spend(account._id, template.id, now);
  if (!spent) return 'skipped:no-grant';
  await target.beforeWechat?.();
  await deps.throttle();
  const answer = await deps.wechat({
    touser: account.openid,
    templateId: template.id,
    page: notice.page ?? template.page,
    data: data.data,
    miniprogramState: deps.miniprogramState,
  });
  if (answer.errCode === 0) return 'sent';
  // 43101: WeChat holds no grant although we counted one (used elsewhere, or revoked): trust WeChat.
  if (answer.errCode === 43101) await grantsRepo.clear(account._id, template.id, now);
  return `failed:${answer.errCode}`;
}

async function other(
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

/**
 * One notice to one person: the inbox always (first, so nothing else can lose it), then WeChat when
 * a grant allows and the kind is on, then SMS and email where the person has an address and wants it.
 */
export async function deliverNotice(
  notice: Notice,
  now: number,
  target: DeliveryTarget,
  deps: DeliveryDeps,
): Promise<Delivery> {
  await messagesRepo.insert({
    _id: target.messageId,
    accountId: notice.accountId,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    page: notice.page ?? null,
    fields: notice.fields ?? null,
    createdAt: now,
    readAt: null,
  });
  const channels: Record<Channel, string> = {
    wechat: await wechat(notice, now, target, deps),
    sms: await other('sms', notice, now, target, deps),
    email: await other('email', notice, now, target, deps),
  };
  const outcomes = Object.values(channels);
  const failed = outcomes.find((o) => o.startsWith('failed:'));
  if (failed) return { state: 'failed', reason: failed.slice('failed:'.length), channels };
  if (outcomes.includes('sent')) return { state: 'sent', reason: null, channels };
  return { state: 'skipped', reason: channels.wechat.replace(/^skipped:/, ''), channels };
}
