import { requireLocalTwin } from '../infra/deployment';
import { wechatSubscribeSender } from '../infra/wechat-subscribe';
import { addressBook } from './address-book';
import type { ChannelAdapters } from './channel-adapter';
import type { DeliveryDeps } from './deliver-notice';
import type { GrantRepository } from './grant.repository';
import type { MessageRepository } from './message.repository';
import { GatewayChannelAdapter } from './gateway-channel-adapter';
import { LocalChannelStandIn } from './local-channel-stand-in';
import { loadTemplates } from './subscription-templates';
import { throttle } from './throttle';

function channelAdapters(env: Record<string, string | undefined>): ChannelAdapters {
  if (env.QYB_CHANNELS === 'local-stand-in') {
    requireLocalTwin(env, 'QYB_CHANNELS=local-stand-in');
    return { sms: new LocalChannelStandIn('sms'), email: new LocalChannelStandIn('email') };
  }
  const token = env.QYB_GATEWAY_TOKEN ?? '';
  const sms = env.QYB_SMS_GATEWAY_URL;
  const email = env.QYB_EMAIL_GATEWAY_URL;
  // A channel without a gateway is off for everyone (recorded as skipped:channel-off), not an error.
  return {
    sms: sms && token ? new GatewayChannelAdapter('sms', sms, token) : null,
    email: email && token ? new GatewayChannelAdapter('email', email, token) : null,
  };
}

/** What the delivery deps read from the environment, all of it checked here. */
export type DeliverySettings = Omit<DeliveryDeps, 'grants' | 'messages' | 'wechat'>;

/**
 * The channels, templates and rates every notice goes through, from the function's environment:
 * checked when a function loads, also by one that wires its notifier on first use (issue 18).
 */
export function loadDeliverySettings(env: Record<string, string | undefined>): DeliverySettings {
  const rate = Number(env.QYB_WECHAT_SENDS_PER_SECOND ?? '50');
  if (!Number.isFinite(rate) || rate <= 0) throw new Error('QYB_WECHAT_SENDS_PER_SECOND must be a positive number');
  const state = env.QYB_MINIPROGRAM_STATE ?? 'formal';
  if (state !== 'developer' && state !== 'trial' && state !== 'formal')
    throw new Error('QYB_MINIPROGRAM_STATE: developer, trial or formal');
  return {
    templates: loadTemplates(env),
    channels: channelAdapters(env),
    addresses: addressBook(env),
    throttle: throttle(rate),
    miniprogramState: state,
  };
}

/** The channels every notice goes through, from the function's environment (checked when it loads). */
export function loadDeliveryDeps(
  env: Record<string, string | undefined>,
  stores: { grants: GrantRepository; messages: MessageRepository },
): DeliveryDeps {
  return { ...loadDeliverySettings(env), wechat: wechatSubscribeSender, ...stores };
}
