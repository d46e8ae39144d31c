/**
 * What people write or upload, checked before it is kept (agreement §5.6). One interface, two
 * adapters: WeChat's own checks (wechat-content-safety.ts) and the local stand-in
 * (local-content-safety-stand-in.ts), picked once in create-content-safety.ts.
 *
 * Text: security.msgSecCheck v2 answers at once with result.suggest pass / review / risky.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
 * Images: security.mediaCheckAsync answers with a trace_id only; the verdict arrives within 30
 * minutes as a `wxa_media_check` message push (media-check-push.ts).
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */

/** msgSecCheck's scene: 1 资料 (profiles, names), 2 评论, 3 论坛, 4 社交日志. */
export const SAFETY_SCENES = { profile: 1, comment: 2, forum: 3, social: 4 } as const;
export type SafetyScene = (typeof SAFETY_SCENES)[keyof typeof SAFETY_SCENES];

export type Suggest = 'pass' | 'review' | 'risky';

export interface TextCheck {
  /** The author's WeChat identity (v2 needs it; they must have used the mini-program in the last 2 h). */
  openid: string;
  scene: SafetyScene;
  text: string;
}

export interface TextVerdict {
  suggest: Suggest;
  /** WeChat's label (100 normal, 20001 时政, 20002 色情…): kept for staff, never shown to the author. */
  label: number;
}

export interface ImageCheck {
  openid: string;
  scene: SafetyScene;
  /** The stored file, and a link WeChat's checker can download it from. */
  fileID: string;
  url: string;
}

/** The verdict a `wxa_media_check` push carries (version 2: result.suggest / result.label). */
export interface MediaVerdict {
  traceId: string;
  suggest: Suggest;
  label: number;
}

export interface StartedImageCheck {
  traceId: string;
  /** Only the local stand-in sets it: the push WeChat would send later, handled at once. */
  localPush?: MediaVerdict;
}

export interface ContentSafety {
  readonly name: string;
  /** Throws AppError CONTENT.CHECK_UNAVAILABLE when WeChat cannot answer: nothing is kept unchecked. */
  checkText(check: TextCheck): Promise<TextVerdict>;
  startImageCheck(check: ImageCheck): Promise<StartedImageCheck>;
}

/** The text half alone: what a function that never takes uploads (notify) needs. */
export type TextSafety = Pick<ContentSafety, 'checkText'>;
