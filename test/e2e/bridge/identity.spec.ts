import { connectRaw } from './support/bridge-under-test';
import type { RawClient } from './support/raw-client';

jest.setTimeout(30_000);

const WHO_AM_I = `function () {
  return fetch('/__dev/identity').then(function (r) { return r.ok ? r.json() : { status: r.status }; });
}`;

const STORAGE = `function () { return localStorage.length; }`;

describe('each automator connection', () => {
  let first: RawClient;
  let second: RawClient;

  beforeAll(async () => {
    [first, second] = await Promise.all([connectRaw(), connectRaw()]);
  });

  afterAll(() => {
    first.close();
    second.close();
  });

  it('is its own person in its own cloud environment', async () => {
    const [a, b] = await Promise.all(
      [first, second].map(async (c) => (await c.call('App.callFunction', { functionDeclaration: WHO_AM_I })).result),
    );
    expect(a).toMatchObject({ openid: expect.stringMatching(/^o[\w-]{27}$/), env: expect.stringMatching(/^e2e-/) });
    expect(b).toMatchObject({ openid: expect.stringMatching(/^o[\w-]{27}$/), env: expect.stringMatching(/^e2e-/) });
    expect((a as { openid: string }).openid).not.toBe((b as { openid: string }).openid);
    expect((a as { env: string }).env).not.toBe((b as { env: string }).env);
  });

  it('has its own device storage', async () => {
    await first.call('App.callWxMethod', { method: 'setStorageSync', args: ['only-here', 1] });
    const seen = await second.call('App.callWxMethod', { method: 'getStorageSync', args: ['only-here'] });
    expect(seen).toEqual({ result: '' });
    expect((await first.call('App.callFunction', { functionDeclaration: STORAGE })).result).toBeGreaterThan(0);
  });
});
