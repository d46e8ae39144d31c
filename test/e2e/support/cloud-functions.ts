import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type { ActionOf, FunctionName } from '../../../cloudfunctions/lib/contract/functions';
import type { Result } from '../../../cloudfunctions/lib/contract/result';

/** The app-side global inside evaluate(): only what the call below uses. */
declare const wx: {
  cloud: {
    init(options: { env?: string }): void;
    callFunction(options: { name: string; data: unknown }): Promise<{ result: unknown }>;
  };
};

/**
 * Seeds or reads data the way the app does: a cloud function called from inside the mini-program
 * as the story's own person (wx.cloud.callFunction), never by writing the database. In DevTools
 * this reaches the cloud environment QYB_CLOUD_ENV; headless, the story's own local-cloud env.
 *
 *   await cloudFunction(miniProgram, 'consent').call<ConsentStatusOutput>('status')
 */
export function cloudFunction<F extends FunctionName>(miniProgram: MiniProgram, name: F) {
  return {
    async call<T>(action: ActionOf<F>, input?: unknown): Promise<Result<T>> {
      const call = function (fn: string, event: unknown, env: string) {
        wx.cloud.init(env ? { env } : {});
        return wx.cloud.callFunction({ name: fn, data: event }).then((res) => res.result);
      };
      const env = process.env.QYB_CLOUD_ENV ?? '';
      return (await miniProgram.evaluate(call, name, { action, input }, env)) as Result<T>;
    },
  };
}
