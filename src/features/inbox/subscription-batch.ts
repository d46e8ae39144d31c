import type { TemplateView } from '../../../cloudfunctions/lib/contract/notify';
import { MAX_TEMPLATES } from '../../platform/permissions/subscribe';

/**
 * WeChat refuses one-time and long-term templates in one requestSubscribeMessage (errCode 20002,
 * "一次性模板 id 和永久模板 id 不可同时使用": developers.weixin.qq.com/miniprogram/dev/api/open-api/
 * subscribe-message/wx.requestSubscribeMessage.html), so each tap asks one class: long-term
 * templates until accepted (once is enough; the notify function reports them with
 * `remaining: null` afterwards), one-time templates on every tap.
 */
export type TemplateClass = 'oneTime' | 'longTerm';

/** The template ids one tap asks for: at most three of one class, those with the fewest sends left first. */
export function subscriptionBatch(templates: readonly TemplateView[], cls: TemplateClass): string[] {
  return templates
    .filter((t) => (cls === 'longTerm' ? t.longTerm && t.remaining !== null : !t.longTerm))
    .sort((a, b) => (a.remaining ?? 0) - (b.remaining ?? 0))
    .slice(0, MAX_TEMPLATES)
    .map((t) => t.id);
}
