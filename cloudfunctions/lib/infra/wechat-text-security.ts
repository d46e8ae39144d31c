import type { MsgSecCheckAnswer, WechatSecurityApi } from '../content-safety/wechat-content-safety';
import { cloud } from './cloud';

/**
 * The text check alone, for functions that check text but never images (notify: staff push text).
 * Kept apart from wechat-security.ts so their config.json asks for this one permission only.
 */
export const OPENAPI_CALLS = ['security.msgSecCheck'] as const;

/** An answer WeChat refused arrives as a thrown CloudSDKError with errCode (CLOUDBASE-WIRE.md §5). */
export async function answerOf<T extends { errCode?: number }>(call: () => Promise<unknown>): Promise<T> {
  try {
    return (await call()) as T;
  } catch (error) {
    const e = error as { errCode?: unknown };
    if (typeof e.errCode === 'number') return { errCode: e.errCode } as T;
    throw error;
  }
}

export const wechatMsgSecCheck: WechatSecurityApi['msgSecCheck'] = (body) =>
  answerOf<MsgSecCheckAnswer>(() => cloud.openapi.security.msgSecCheck(body));
