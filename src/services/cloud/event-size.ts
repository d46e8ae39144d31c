/**
 * WeChat carries at most about 100KB of `data` to a cloud function; past it wx.cloud.callFunction
 * fails ("data exceed max size") and the person would only read 网络异常. The client refuses such a
 * call itself, with the server's own code, before anything is sent. Source: Cloud.callFunction,
 * "data 参数说明" (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/
 * reference-sdk-api/functions/Cloud.callFunction.html); the local cloud refuses the same
 * (localcloud/functions/event-size.ts).
 */
export const MAX_CALL_EVENT_BYTES = 100 * 1024;

/**
 * UTF-8 length of a string, without TextEncoder (not in every WeChat base library): each %XX of
 * encodeURIComponent is one byte. JSON.stringify escapes lone surrogates, so it never throws here.
 */
export const utf8Length = (text: string): number => encodeURIComponent(text).replace(/%../g, '.').length;
