/**
 * WeChat carries at most about 100KB of `data` to a cloud function; past it wx.cloud.callFunction
 * fails ("data exceed max size") and the person would only read 网络异常. The client refuses such a
 * call itself, with the server's own code, before anything is sent. Source: Cloud.callFunction,
 * "data 参数说明" (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/
 * reference-sdk-api/functions/Cloud.callFunction.html); the local cloud refuses the same
 * (localcloud/functions/event-size.ts).
 */
export const MAX_CALL_EVENT_BYTES = 100 * 1024;

/** UTF-8 length of a string, without TextEncoder (not in every WeChat base library). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
