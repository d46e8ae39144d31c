/**
 * WeChat's CI adapter over miniprogram-ci (the code-upload key from 开发管理 → 开发设置 →
 * 小程序代码上传, with this machine's IP on its allow-list:
 * https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html). miniprogram-ci's
 * createTimeTrigger answers failure with a string instead of throwing; that is turned into an error.
 */
import { join } from 'node:path';
import * as ci from 'miniprogram-ci';
import type { TimerTrigger } from './function-config';
import { UPLOAD_SETTING } from '../weapp/upload-setting';
import { DeployStepError, type WechatCiTarget } from './deploy-target';

export interface CiOptions {
  appid: string;
  envId: string;
  privateKeyPath: string;
  /** dist/weapp */
  miniprogramRoot: string;
  /** dist/cloudfunctions */
  functionRoot: string;
}

const TRIGGER_CREATED = '创建定时触发器成功';

export function miniprogramCiTarget(options: CiOptions): WechatCiTarget {
  const project = (projectPath: string) =>
    new ci.Project({
      appid: options.appid,
      type: 'miniProgram',
      projectPath,
      privateKeyPath: options.privateKeyPath,
      ignores: ['node_modules/**/*'],
    });
  return {
    async uploadFunctionCode(name) {
      await ci.cloud.uploadFunction({
        project: project(options.miniprogramRoot),
        env: options.envId,
        name,
        path: join(options.functionRoot, name),
        remoteNpmInstall: true,
      });
    },
    async setTriggers(name, triggers: readonly TimerTrigger[]) {
      const answer = await ci.cloud.createTimeTrigger({
        project: project(options.miniprogramRoot),
        envId: options.envId,
        functionName: name,
        triggersConfig: triggers.map((t) => ({ name: t.name, type: t.type, config: t.config })),
      });
      if (answer !== TRIGGER_CREATED)
        throw new DeployStepError('TRIGGER_REJECTED', `云函数 ${name} 的定时触发器：${answer}`);
    },
    async uploadMiniProgram(version, description) {
      await ci.upload({
        project: project(options.miniprogramRoot),
        version,
        desc: description,
        setting: UPLOAD_SETTING,
      });
    },
  };
}
