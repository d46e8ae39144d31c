import { isLocalTwin, type Env } from '../infra/deployment';
import { wechatMsgSecCheck } from '../infra/wechat-text-security';
import type { TextSafety } from './content-safety';
import { LocalContentSafetyStandIn } from './local-content-safety-stand-in';
import { WechatTextSafety } from './wechat-content-safety';

/**
 * Text checks only (msgSecCheck), picked like create-content-safety.ts: the stand-in inside the
 * local cloud, WeChat everywhere else. No image is ever checked through it, so nothing is downloaded.
 */
export function createTextSafety(env: Env = process.env): TextSafety {
  if (isLocalTwin(env)) return new LocalContentSafetyStandIn(async () => null);
  return new WechatTextSafety({ msgSecCheck: wechatMsgSecCheck });
}
