import { isLocalTwin, type Env } from '../infra/deployment';
import { cloudFileStorage } from '../infra/cloud-storage';
import { wechatSecurityApi } from '../infra/wechat-security';
import type { ContentSafety } from './content-safety';
import { LocalContentSafetyStandIn } from './local-content-safety-stand-in';
import { WechatContentSafety } from './wechat-content-safety';

/**
 * WeChat's checks everywhere but the local cloud, which has no msgSecCheck to call: there the
 * stand-in answers. Recognised by the SDK's backend (deployment.ts), not by a setting an operator
 * could get wrong in production.
 */
export function createContentSafety(env: Env = process.env): ContentSafety {
  if (isLocalTwin(env)) {
    const storage = cloudFileStorage();
    return new LocalContentSafetyStandIn((fileID) => storage.download(fileID));
  }
  return new WechatContentSafety(wechatSecurityApi);
}
