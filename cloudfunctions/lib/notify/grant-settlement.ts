import type { GrantRepository } from './grant.repository';

/**
 * WeChat spends a person's one-time grant only when it delivers (errCode 0). 43101 says WeChat holds
 * none (ours was wrong: forget it); any other failure (-604101 no cloud-call permission, 40003,
 * 47003, a system error, a network error) left WeChat's grant unspent, so ours is given back.
 */
export async function settleGrant(
  answer: number | 'threw',
  accountId: string,
  templateId: string,
  now: number,
  grants: Pick<GrantRepository, 'clear' | 'refund'>,
) {
  if (answer === 0) return;
  if (answer === 43101) await grants.clear(accountId, templateId, now);
  else await grants.refund(accountId, templateId, now);
}
