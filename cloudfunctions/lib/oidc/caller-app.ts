import { AppError } from '../errors/app-error';
import type { OidcClientRecord } from './oidc.records';

/** A mini-program's appid as WeChat writes it: `wx` and 16 hex digits. */
export const MINI_PROGRAM_APPID = /^wx[0-9a-f]{16}$/;

/**
 * When another mini-program opens 琴易办 with a request, WeChat names it in
 * `wx.getEnterOptionsSync().referrerInfo.appId` (scene 1037; developers.weixin.qq.com/miniprogram/dev/api/base/app/life-cycle/wx.getEnterOptionsSync.html).
 * The cloud context does not carry it (getWXContext has FROM_APPID only for cross-account resource
 * sharing: developers.weixin.qq.com/minigame/dev/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.md),
 * so our own page reports it; the code then goes back only through navigateBackMiniProgram, which
 * returns to that same opener. A request naming a client registered for other mini-programs, or a
 * web-only client, is refused: otherwise a mini-program could collect codes issued for someone else.
 * RFC 6749 §4.1.2.1: the caller is told `unauthorized_client` (OAUTH_ERROR_OF in contract/oidc-errors).
 */
export function checkCallerApp(client: OidcClientRecord, referrerAppId: string | undefined): void {
  if (referrerAppId === undefined) return;
  if (!(client.miniProgramAppIds ?? []).includes(referrerAppId)) throw new AppError('OIDC.CALLER_MISMATCH');
}
