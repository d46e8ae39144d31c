import { cloud } from './cloud';

export interface SubscribeSend {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

/** WeChat's answer: 0 when sent, otherwise its errCode (43101 refused, 40003 openid, 47003 data…). */
export type SubscribeSender = (message: SubscribeSend) => Promise<{ errCode: number; errMsg: string }>;

/**
 * The cloud-call APIs this module calls. Every function whose bundle includes it must list them in
 * its config.json `permissions.openapi` (else WeChat answers -604101); the build checks that.
 */
export const OPENAPI_CALLS = ['subscribeMessage.send'] as const;

/** cloud.openapi.subscribeMessage.send (needs `permissions.openapi` in the function's config.json). */
export const wechatSubscribeSender: SubscribeSender = async (message) => {
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: message.touser,
      templateId: message.templateId,
      page: message.page,
      data: message.data,
      miniprogramState: message.miniprogramState ?? 'formal',
    });
    return { errCode: 0, errMsg: 'ok' };
  } catch (error) {
    const e = error as { errCode?: unknown; errMsg?: unknown };
    if (typeof e.errCode === 'number') return { errCode: e.errCode, errMsg: String(e.errMsg ?? '') };
    throw error;
  }
};
