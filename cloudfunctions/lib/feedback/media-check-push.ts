import type { MediaVerdict } from '../content-safety/content-safety';
import { labelOf, suggestOf } from '../content-safety/wechat-content-safety';

/**
 * The `wxa_media_check` message push (mediaCheckAsync's result, delivered to this function by
 * 云开发消息推送), version 2: `{ MsgType: 'event', Event: 'wxa_media_check', trace_id, version: 2,
 * result: { suggest, label }, detail }`. Version 1's `isrisky: 1` is read as risky too.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export function mediaCheckPushOf(event: unknown): MediaVerdict | null {
  if (typeof event !== 'object' || event === null) return null;
  const e = event as Record<string, unknown>;
  if (e.Event !== 'wxa_media_check' || typeof e.trace_id !== 'string') return null;
  const result = typeof e.result === 'object' && e.result !== null ? (e.result as Record<string, unknown>) : null;
  if (result) return { traceId: e.trace_id, suggest: suggestOf(result.suggest), label: labelOf(result.label) };
  if (e.isrisky === 1) return { traceId: e.trace_id, suggest: 'risky', label: 0 };
  if (e.isrisky === 0) return { traceId: e.trace_id, suggest: 'pass', label: 100 };
  return null;
}
