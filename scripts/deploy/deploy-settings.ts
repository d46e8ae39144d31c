/**
 * What the operator names for the release itself: the mini-program's appid, the cloud environment,
 * and the code-upload key (小程序代码上传密钥, downloaded from 开发管理 → 开发设置; miniprogram-ci
 * needs it: https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html).
 */
import { refusal, type Refusal } from './deploy.errors';
import type { Env } from './operator-env';

export const DEPLOY_SETTINGS = ['QYB_APPID', 'QYB_CLOUD_ENV', 'QYB_UPLOAD_KEY'] as const;

/** The appid WeChat DevTools uses for a project without one; project.config.json carries it. */
export const TOURIST_APPID = 'touristappid';

export interface DeploySettings {
  appid?: string;
  cloudEnv?: string;
  uploadKey?: string;
}

export interface SettingsInput {
  env: Env;
  /** The appid committed in project.config.json (a placeholder). */
  committedAppid: string;
  /** Whether the key file exists; undefined in a dry run, which never reads it. */
  uploadKeyExists?: boolean;
  strict: boolean;
}

export function checkDeploySettings(input: SettingsInput): { settings: DeploySettings; refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const { env, strict } = input;
  const appid = env.QYB_APPID?.trim() || undefined;
  const cloudEnv = env.QYB_CLOUD_ENV?.trim() || undefined;
  const uploadKey = env.QYB_UPLOAD_KEY?.trim() || undefined;
  if (appid === undefined) {
    if (strict) refusals.push(refusal('ENV_MISSING', 'QYB_APPID', '缺少小程序 AppID'));
  } else if (appid === input.committedAppid || appid === TOURIST_APPID) {
    refusals.push(refusal('APPID_PLACEHOLDER', 'QYB_APPID', `${appid} 是 project.config.json 中的游客/占位 AppID`));
  } else if (!/^wx[0-9a-f]{16}$/.test(appid)) {
    refusals.push(refusal('APPID_INVALID', 'QYB_APPID', `${appid} 不是有效的 AppID（wx 加 16 位十六进制）`));
  }
  if (cloudEnv === undefined) {
    if (strict) refusals.push(refusal('ENV_MISSING', 'QYB_CLOUD_ENV', '缺少云开发环境 ID'));
  } else if (!/^[a-z0-9][a-z0-9-]*$/.test(cloudEnv)) {
    refusals.push(refusal('CLOUD_ENV_INVALID', 'QYB_CLOUD_ENV', `${cloudEnv} 不是有效的环境 ID（小写字母、数字、-）`));
  }
  if (input.uploadKeyExists !== undefined) {
    if (uploadKey === undefined)
      refusals.push(refusal('UPLOAD_KEY_MISSING', 'QYB_UPLOAD_KEY', '缺少代码上传密钥文件路径'));
    else if (!input.uploadKeyExists)
      refusals.push(refusal('UPLOAD_KEY_MISSING', 'QYB_UPLOAD_KEY', `密钥文件 ${uploadKey} 不存在`));
  }
  return { settings: { appid, cloudEnv, uploadKey }, refusals };
}
