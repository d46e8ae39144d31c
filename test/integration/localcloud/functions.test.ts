/** callFunction through the local cloud's runner: context, nesting, errors, timeouts, isolation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useLocalCloud, type WxCloud } from '../../support/local-cloud';

// A cold function instance requires wx-server-sdk (1–3 s on a loaded 2-core machine).
jest.setTimeout(30_000);

const cloud = useLocalCloud({ maxWorkersPerFunction: 4 });

interface Whoami {
  OPENID?: string;
  APPID: string;
  ENV: string;
  SOURCE: string;
  userInfo?: { openId: string };
  tag?: string;
}

describe('callFunction', () => {
  it('runs the function with the caller context in its environment', async () => {
    const env = cloud().freshEnv();
    const r = await cloud()
      .sdk({ env, openid: 'oCaller000001' })
      .callFunction({ name: 'whoami', data: { tag: 'x' } });
    expect(r).toMatchObject({ errMsg: 'callFunction:ok' });
    expect(r.result).toMatchObject({
      OPENID: 'oCaller000001',
      ENV: env,
      tag: 'x',
      userInfo: { openId: 'oCaller000001' },
    });
  });

  it("a nested callFunction keeps the caller's identity", async () => {
    const env = cloud().freshEnv();
    const r = await cloud().sdk({ env, openid: 'oNested00001' }).callFunction({ name: 'nested' });
    const result = r.result as { own: string; inner: Whoami };
    expect(result.own).toBe('oNested00001');
    expect(result.inner).toMatchObject({ OPENID: 'oNested00001', ENV: env, SOURCE: 'scf', tag: 'inner' });
  });

  it("the function's own cloud.init(DYNAMIC_CURRENT_ENV) reaches this server and environment", async () => {
    const env = cloud().freshEnv();
    const sdk = cloud().sdk({ env, openid: 'oWriter00001' });
    const r = await sdk.callFunction({ name: 'dbwrite', data: { text: 'hi' } });
    expect(r.result).toMatchObject({ owner: 'oWriter00001', isDate: true });
    const notes = await sdk.database().collection('notes').get();
    expect(notes.data).toHaveLength(1);
  });

  it('the dev credential also works as the secretId', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const base = require('wx-server-sdk') as { createNewInstance(c: Record<string, unknown>): WxCloud };
    const sdk = base.createNewInstance({
      env: cloud().freshEnv(),
      serviceUrl: cloud().cloud.serviceUrl,
      secretId: 'dev:oSecretId0001',
      secretKey: 'unused',
      timeout: 60_000,
    });
    expect(((await sdk.callFunction({ name: 'whoami' })).result as Whoami).OPENID).toBe('oSecretId0001');
  });

  it('an admin caller (no openid) gets no OPENID', async () => {
    const r = await cloud().sdk({ env: cloud().freshEnv() }).callFunction({ name: 'whoami' });
    expect((r.result as Whoami).OPENID).toBeUndefined();
  });

  it('a throwing function is FUNCTIONS_EXECUTE_FAIL with its message', async () => {
    await expect(cloud().sdk({ env: cloud().freshEnv() }).callFunction({ name: 'boom' })).rejects.toMatchObject({
      code: 'FUNCTIONS_EXECUTE_FAIL',
      errMsg: expect.stringContaining('boom'),
    });
  });

  it('a function past its config.json timeout is killed and reported; the next call works', async () => {
    const sdk = cloud().sdk({ env: cloud().freshEnv() });
    const started = Date.now();
    await expect(sdk.callFunction({ name: 'slow', data: { ms: 5000 } })).rejects.toMatchObject({
      code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
    });
    expect(Date.now() - started).toBeLessThan(3000);
    await expect(sdk.callFunction({ name: 'slow', data: { ms: 10 } })).resolves.toMatchObject({ result: 'finished' });
  });

  it("without config.json the timeout is CloudBase's default, 3 s", async () => {
    const sdk = cloud().sdk({ env: cloud().freshEnv() });
    await sdk.callFunction({ name: 'unconfigured', data: { ms: 10 } }); // warm: the cold start is not timed
    const started = Date.now();
    await expect(sdk.callFunction({ name: 'unconfigured', data: { ms: 5000 } })).rejects.toMatchObject({
      code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
      errMsg: expect.stringContaining('3 seconds'),
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
  });

  it.each([
    ['bad-json', 'not valid JSON'],
    ['too-long', 'timeout must be a whole number of seconds 1–60, got 90'],
  ])(
    'a function whose config.json CloudBase would refuse (%s) is refused on every call, naming the problem',
    async (name, problem) => {
      const sdk = cloud().sdk({ env: cloud().freshEnv() });
      for (let i = 0; i < 2; i++) {
        await expect(sdk.callFunction({ name })).rejects.toMatchObject({
          code: 'FUNCTIONS_EXECUTE_FAIL',
          errMsg: expect.stringMatching(new RegExp(`FUNCTION_CONFIG_INVALID: .*${name}/config\\.json: ${problem}`)),
        });
      }
    },
  );

  it('an unknown function is an error', async () => {
    await expect(cloud().sdk({ env: cloud().freshEnv() }).callFunction({ name: 'nope' })).rejects.toMatchObject({
      code: 'FUNCTION_NOT_FOUND',
    });
  });

  it('logs each invocation with its request id', async () => {
    const r = await cloud()
      .sdk({ env: cloud().freshEnv() })
      .callFunction({ name: 'echo', data: { a: 1 } });
    const requestId = (r.result as { requestId: string }).requestId;
    const log = readFileSync(join(cloud().dataDir, 'logs', 'functions.log'), 'utf8');
    const lines = log
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { requestId: string; kind: string; text?: string });
    const mine = lines.filter((l) => l.requestId === requestId);
    expect(mine.map((l) => l.kind)).toEqual(expect.arrayContaining(['start', 'stdout', 'end']));
    expect(mine.find((l) => l.kind === 'stdout')?.text).toContain('echo called');
  });

  it('50 concurrent invocations with 50 openids each read back their own OPENID', async () => {
    const env = cloud().freshEnv();
    const openids = Array.from({ length: 50 }, (_, i) => `oIsolation${String(i).padStart(4, '0')}`);
    const results = await Promise.all(
      openids.map((openid, i) =>
        cloud()
          .sdk({ env, openid })
          .callFunction({ name: 'whoami', data: { delayMs: i % 5, tag: openid } }),
      ),
    );
    results.forEach((r, i) => {
      const w = r.result as Whoami;
      expect(w.OPENID).toBe(openids[i]);
      expect(w.tag).toBe(openids[i]);
    });
  }, 30_000);
});
