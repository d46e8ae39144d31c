/**
 * `POST /__dev/subscriptions` `{ tmplIds, results }`: what WeChat records when a person answers
 * wx.requestSubscribeMessage, refused as WeChat refuses the call itself
 * (developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html):
 * "一次性模板 id 和永久模板 id 不可同时使用" → 20002 "Templates type must be same"; more ids than one
 * call may carry → 20003 "Templates count out of max bounds"; none → 10001.
 */
import { isPlainObject } from '../database/document';
import type { SubscriptionService } from '../openapi/subscribe-message';
import type { GrantResult } from '../openapi/subscriptions';
import { invalidParam } from '../tcb/cloud-error';

/**
 * The page says 5 today and said 3 before (and the English page still says 3); older WeChat
 * clients show 3, so the twin is strict (PARITY.md, "Not mirrored, or unclear").
 */
export const MAX_TEMPLATES_PER_CALL = 3;

const GRANT_RESULTS = new Set<GrantResult>(['accept', 'reject', 'ban', 'filter']);

export interface SubscribeRefusal {
  errCode: number;
  errMsg: string;
}

/** Why WeChat would fail this call, or null when it would show the dialog. */
export function refusal(tmplIds: readonly string[], longTerm: ReadonlySet<string>): SubscribeRefusal | null {
  const fail = (errCode: number, text: string) => ({ errCode, errMsg: `requestSubscribeMessage:fail ${text}` });
  if (tmplIds.length === 0) return fail(10001, "TmplIds can't be empty");
  if (tmplIds.length > MAX_TEMPLATES_PER_CALL) return fail(20003, 'Templates count out of max bounds');
  const kinds = new Set(tmplIds.map((id) => longTerm.has(id)));
  if (kinds.size > 1) return fail(20002, 'Templates type must be same');
  return null;
}

export async function recordSubscription(
  body: unknown,
  who: { openid: string; env: string },
  subscriptions: SubscriptionService,
  longTerm: ReadonlySet<string>,
): Promise<unknown> {
  if (!isPlainObject(body) || !Array.isArray(body.tmplIds) || !isPlainObject(body.results)) {
    throw invalidParam('expected { tmplIds: string[], results: Record<string, accept|reject|ban|filter> }');
  }
  const tmplIds = body.tmplIds.map(String);
  const refused = refusal(tmplIds, longTerm);
  if (refused) return refused;
  const results: Record<string, GrantResult> = {};
  for (const t of tmplIds) {
    const r = body.results[t];
    results[t] = typeof r === 'string' && GRANT_RESULTS.has(r as GrantResult) ? (r as GrantResult) : 'reject';
  }
  subscriptions.of(who.env).record(who.openid, results);
  return { errMsg: 'requestSubscribeMessage:ok', ...results };
}
