/**
 * A deeply nested event to a real app function (dist/cloudfunctions, through the real SDK): the
 * function's edge answers REQUEST.TOO_DEEP, and other callers of the same function are unharmed.
 */
import { resolve } from 'node:path';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { useLocalCloud } from '../../support/local-cloud';
import { requireBuilt } from '../../support/require-build';

// A cold function instance requires wx-server-sdk (1–3 s on a loaded 2-core machine).
jest.setTimeout(30_000);

const functionsDir = resolve(__dirname, '../../../dist/cloudfunctions');
const cloud = useLocalCloud({ functionsDir });

function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

async function callPolicy(env: string, data: unknown, openid: string): Promise<Result<unknown>> {
  const sdk = cloud().sdk({ env, openid });
  const r = await sdk.callFunction({ name: 'policy', data: data as Record<string, unknown> });
  return r.result as unknown as Result<unknown>;
}

describe('a deeply nested event', () => {
  beforeAll(() => {
    requireBuilt(['dist/cloudfunctions/policy/index.js'], 'npm run build:functions');
  });

  it('(500 levels) gets REQUEST.TOO_DEEP from the function while a concurrent normal call succeeds', async () => {
    const env = cloud().freshEnv('deep');
    const [deep, normal] = await Promise.all([
      callPolicy(env, { action: 'current', input: nested(500) }, 'oDeepCaller01'),
      callPolicy(env, { action: 'current' }, 'oPlainCaller1'),
    ]);
    expect(deep).toEqual({ ok: false, error: { code: 'REQUEST.TOO_DEEP', message: '提交的内容层级过深' } });
    expect(normal).toMatchObject({ ok: true });
    expect(await callPolicy(env, { action: 'current' }, 'oPlainCaller1')).toMatchObject({ ok: true });
  });

  it('at 10,000 levels from the browser is refused by the twin with a clear message, not a crash', async () => {
    const body = `{"action":"current","input":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const r = await fetch(`${cloud().cloud.origin}/__dev/functions/policy`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': 'oDeepCaller01' },
      body,
    });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ errCode: -1, errMsg: expect.stringContaining('10001 levels deep') });
  });
});
