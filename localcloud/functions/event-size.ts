/**
 * How large an event WeChat carries to a cloud function. The twin refuses a larger one before any
 * worker, the way the call chain does, so no test passes on an event a deploy would never deliver.
 *
 * - wx.cloud.callFunction (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/
 *   reference-sdk-api/functions/Cloud.callFunction.html, "data 参数说明"): past 100KB a field should go
 *   through wx.cloud.CDN, "避免触及调用链路的传输大小限制"; the client then fails with
 *   "cloud.callFunction:fail Error: data exceed max size" (WeChat developer community reports).
 * - CloudBase, EXCEED_MAX_PAYLOAD_SIZE (https://docs.cloudbase.net/error-code/service/
 *   EXCEED_MAX_PAYLOAD_SIZE): a cloud function's text request body is at most 100KB.
 * Older copies of the WeChat page say 256KB: the twin keeps the lower figure (strict).
 */
export const MAX_FUNCTION_EVENT_BYTES = 100 * 1024;

export const EXCEED_MAX_PAYLOAD_SIZE = 'EXCEED_MAX_PAYLOAD_SIZE';

/** Why an event of `bytes` (its JSON text, UTF-8) is refused, or null when WeChat would carry it. */
export function eventTooLarge(bytes: number): string | null {
  return bytes > MAX_FUNCTION_EVENT_BYTES
    ? `data exceed max size: the event is ${bytes} bytes; WeChat carries at most ${MAX_FUNCTION_EVENT_BYTES} to a cloud function`
    : null;
}
