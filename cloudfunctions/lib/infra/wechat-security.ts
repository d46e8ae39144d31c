import type {
  MediaCheckAsyncAnswer,
  MsgSecCheckAnswer,
  WechatSecurityApi,
} from '../content-safety/wechat-content-safety';
import { cloud } from './cloud';

/**
 * The cloud-call APIs this module calls. Every function whose bundle includes it must list them in
 * its config.json `permissions.openapi` (else WeChat answers -604101); the build checks that.
 */
export const OPENAPI_CALLS = ['security.msgSecCheck', 'security.mediaCheckAsync'] as const;

/** An answer WeChat refused arrives as a thrown CloudSDKError with errCode (CLOUDBASE-WIRE.md §5). */
async function answerOf<T extends { errCode?: number }>(call: () => Promise<unknown>): Promise<T> {
  try {
    return (await call()) as T;
  } catch (error) {
    const e = error as { errCode?: unknown };
    if (typeof e.errCode === 'number') return { errCode: e.errCode } as T;
    throw error;
  }
}

export const wechatSecurityApi: WechatSecurityApi = {
  msgSecCheck: (body) => answerOf<MsgSecCheckAnswer>(() => cloud.openapi.security.msgSecCheck(body)),
  mediaCheckAsync: (body) => answerOf<MediaCheckAsyncAnswer>(() => cloud.openapi.security.mediaCheckAsync(body)),
};
