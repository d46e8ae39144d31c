import { t } from '../../i18n';
import { wxApi } from '../wx-api';
import { ensure, unavailable } from './ensure';
import { classifyFailure } from './failure';
import { failed, ok, type CapabilityResult } from './result';

export type SubscriptionDecision = 'accept' | 'reject' | 'ban' | 'filter';
export type SubscriptionDecisions = Record<string, SubscriptionDecision>;

/** WeChat shows at most three templates in one request (errCode 20003 beyond). */
export const MAX_TEMPLATES = 3;

const DECISIONS: readonly string[] = ['accept', 'reject', 'ban', 'filter'];

/** Reads requestSubscribeMessage's answer: one decision per template id asked. */
export function readDecisions(answer: Record<string, unknown>, templateIds: readonly string[]): SubscriptionDecisions {
  const decisions: SubscriptionDecisions = {};
  for (const id of templateIds) {
    const value = answer[id];
    decisions[id] = typeof value === 'string' && DECISIONS.includes(value) ? (value as SubscriptionDecision) : 'reject';
  }
  return decisions;
}

/**
 * Asks for subscription messages of one class: one-time or long-term, never both (WeChat fails a
 * mixed call with errCode 20002). Call it straight from a tap (WeChat refuses otherwise).
 * The decisions go to `onDecided` — the push feature sends them to the cloud as the grants it may
 * spend. When subscriptions are switched off, the person is offered the settings page.
 */
export async function requestSubscription(
  templateIds: readonly string[],
  onDecided: (decisions: SubscriptionDecisions) => Promise<unknown> | void,
): Promise<CapabilityResult<SubscriptionDecisions>> {
  if (templateIds.length === 0 || templateIds.length > MAX_TEMPLATES)
    return unavailable(() => t.permissions.unavailable);
  try {
    const answer = await wxApi.requestSubscribeMessage({ tmplIds: [...templateIds] } as Parameters<
      typeof wxApi.requestSubscribeMessage
    >[0]);
    const fields = answer as Record<string, unknown>;
    // Taro's H5 stub "succeeds" without answering any template: there is nothing to hand over.
    if (!templateIds.some((id) => id in fields)) return unavailable(() => t.permissions.unavailable);
    const decisions = readDecisions(fields, templateIds);
    await onDecided(decisions);
    return ok(decisions);
  } catch (error) {
    if (classifyFailure(error) === 'refused') {
      const permission = await ensure('push');
      if (permission.status !== 'granted') return permission;
    }
    return failed('push', error);
  }
}
