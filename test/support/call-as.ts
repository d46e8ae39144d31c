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
