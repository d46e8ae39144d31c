import cloud from 'wx-server-sdk';
import type { ContextSource } from '../handler/call-context';

/**
 * The only place that initialises wx-server-sdk. DYNAMIC_CURRENT_ENV follows the environment
 * the function was invoked in; the local cloud redirects the SDK through TCB_CONTEXT_CNFG.
 */
// The SDK's typings omit the symbol its runtime accepts for the current environment.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export const wxContext: ContextSource = () => {
  const ctx = cloud.getWXContext();
  return {
    openid: ctx.OPENID ?? '',
    appid: ctx.APPID ?? '',
    unionid: ctx.UNIONID || undefined,
    clientIp: ctx.CLIENTIP || undefined,
    source: ctx.SOURCE || undefined,
    env: ctx.ENV ?? '',
  };
};

/** A missing document reads as null rather than throwing (a runtime option the typings lack). */
const DATABASE_CONFIG: Parameters<typeof cloud.database>[0] & { throwOnNotFound: boolean } = { throwOnNotFound: false };

export function database() {
  return cloud.database(DATABASE_CONFIG);
}

export { cloud };
