import type { Result } from '../../cloudfunctions/lib/contract/result';
import type { TestCloud } from './local-cloud';

/**
 * Calls an app function through the real wx-server-sdk as one WeChat user (`openid` null: a call
 * with no WeChat identity at all) and returns the function's Result. The one copy the integration
 * clouds share; the SDK's typings leave `result` untyped.
 */
export async function callAs<T = unknown>(
  cloud: Pick<TestCloud, 'sdk'>,
  env: string,
  openid: string | null,
  name: string,
  action: string,
  input?: unknown,
): Promise<Result<T>> {
  const sdk = cloud.sdk(openid === null ? { env } : { env, openid });
  const response = (await sdk.callFunction({ name, data: { action, input } })) as { result: unknown };
  return response.result as Result<T>;
}

/** A Result as one word: 'OK', or the error's code (what most refusals are asserted by). */
export const codeOf = (r: Result<unknown>): string => (r.ok ? 'OK' : r.error.code);

/**
 * One function's calls for a test cloud: `call` answers the Result, `ok` the data (and throws with
 * the code and message when the call was refused, so a broken setup says why).
 */
export function functionCalls(cloud: () => Pick<TestCloud, 'sdk'>, name: string) {
  const call = <T = unknown>(env: string, openid: string, action: string, input?: unknown) =>
    callAs<T>(cloud(), env, openid, name, action, input);
  async function ok<T>(env: string, openid: string, action: string, input?: unknown): Promise<T> {
    const r = await call<T>(env, openid, action, input);
    if (!r.ok) throw new Error(`${action}: ${r.error.code} ${r.error.message}`);
    return r.data;
  }
  return { call, ok };
}
