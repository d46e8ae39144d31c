import { AppError } from '../errors/app-error';
import type {
  ContentSafety,
  ImageCheck,
  StartedImageCheck,
  Suggest,
  TextCheck,
  TextSafety,
  TextVerdict,
} from './content-safety';

/** The two cloud calls as infra/wechat-security.ts makes them (wx-server-sdk camelCases the answer). */
export interface WechatSecurityApi {
  msgSecCheck(body: { openid: string; scene: number; version: 2; content: string }): Promise<MsgSecCheckAnswer>;
  mediaCheckAsync(body: {
    openid: string;
    scene: number;
    version: 2;
    mediaUrl: string;
    mediaType: 2;
  }): Promise<MediaCheckAsyncAnswer>;
}

export interface MsgSecCheckAnswer {
  errCode?: number;
  result?: { suggest?: unknown; label?: unknown };
}

export interface MediaCheckAsyncAnswer {
  errCode?: number;
  traceId?: string;
}

const SUGGESTS: readonly Suggest[] = ['pass', 'review', 'risky'];

/** Anything but a known suggest counts as risky: an answer we cannot read is not a pass. */
export function suggestOf(value: unknown): Suggest {
  return SUGGESTS.includes(value as Suggest) ? (value as Suggest) : 'risky';
}

/** The docs type label as a number, WeChat has been seen sending it as a string ("100"). */
export function labelOf(value: unknown): number {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

/**
 * WeChat's text check alone, v2 (1.0 stopped being updated on 2021-09-01): for a function that
 * checks text only, so its config.json lists `security.msgSecCheck` alone.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
 */
export class WechatTextSafety implements TextSafety {
  constructor(private readonly api: Pick<WechatSecurityApi, 'msgSecCheck'>) {}

  async checkText(check: TextCheck): Promise<TextVerdict> {
    let answer: MsgSecCheckAnswer;
    try {
      answer = await this.api.msgSecCheck({
        openid: check.openid,
        scene: check.scene,
        version: 2,
        content: check.text,
      });
    } catch {
      throw new AppError('CONTENT.CHECK_UNAVAILABLE');
    }
    if ((answer.errCode ?? 0) !== 0 || !answer.result) throw new AppError('CONTENT.CHECK_UNAVAILABLE');
    return { suggest: suggestOf(answer.result.suggest), label: labelOf(answer.result.label) };
  }
}

/**
 * WeChat's own checks, v2. The function calling them lists `security.msgSecCheck` and
 * `security.mediaCheckAsync` in its config.json, else -604101.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export class WechatContentSafety implements ContentSafety {
  readonly name = 'wechat';
  private readonly text: WechatTextSafety;

  constructor(private readonly api: WechatSecurityApi) {
    this.text = new WechatTextSafety(api);
  }

  checkText(check: TextCheck): Promise<TextVerdict> {
    return this.text.checkText(check);
  }

  async startImageCheck(check: ImageCheck): Promise<StartedImageCheck> {
    let answer: MediaCheckAsyncAnswer;
    try {
      answer = await this.api.mediaCheckAsync({
        openid: check.openid,
        scene: check.scene,
        version: 2,
        mediaUrl: check.url,
        mediaType: 2,
      });
    } catch {
      throw new AppError('CONTENT.CHECK_UNAVAILABLE');
    }
    if ((answer.errCode ?? 0) !== 0 || !answer.traceId) throw new AppError('CONTENT.CHECK_UNAVAILABLE');
    return { traceId: answer.traceId };
  }
}
