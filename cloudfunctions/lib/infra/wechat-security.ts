import type { MediaCheckAsyncAnswer, WechatSecurityApi } from '../content-safety/wechat-content-safety';
import { cloud } from './cloud';
import { answerOf, wechatMsgSecCheck } from './wechat-text-security';

/**
 * The cloud-call APIs this module calls (with wechat-text-security.ts's msgSecCheck). Every function
 * whose bundle includes it must list them in its config.json `permissions.openapi` (else WeChat
 * answers -604101); the build checks that.
 */
export const OPENAPI_CALLS = ['security.mediaCheckAsync'] as const;

export const wechatSecurityApi: WechatSecurityApi = {
  msgSecCheck: wechatMsgSecCheck,
  mediaCheckAsync: (body) => answerOf<MediaCheckAsyncAnswer>(() => cloud.openapi.security.mediaCheckAsync(body)),
};
