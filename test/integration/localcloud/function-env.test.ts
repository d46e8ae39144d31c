/**
 * Each CloudBase environment configures its own functions (environment variables such as the HTTP
 * address the oidc function serves under). The twin's instances serve every environment, so an
 * environment's own variables are set for each of its invocations and the instance's values come back
 * after it.
 */
import { useLocalCloud } from '../../support/local-cloud';

// A cold function instance requires wx-server-sdk (1–3 s on a loaded 2-core machine).
jest.setTimeout(30_000);

// What every instance starts with (the process's own environment, as `npm start` gives it).
process.env.QYB_FIXTURE_SETTING = 'instance';

const cloud = useLocalCloud({
  // One instance, so the calls below share it and a leak from one environment into the next would show.
  maxWorkersPerFunction: 1,
  functionEnv: (env): Record<string, string> =>
    env.startsWith('own-') ? { QYB_FIXTURE_SETTING: `own value of ${env}` } : {},
});

afterAll(() => {
  delete process.env.QYB_FIXTURE_SETTING;
});

async function settingIn(env: string): Promise<unknown> {
  const r = await cloud().sdk({ env, openid: 'oSetting0001' }).callFunction({ name: 'whoami' });
  return (r.result as { setting?: unknown }).setting;
}

describe('function variables per environment', () => {
  it("an environment's own variable is what its invocations see, and the instance's value comes back", async () => {
    const plain = cloud().freshEnv('plain');
    const own = cloud().freshEnv('own');
    expect(await settingIn(plain)).toBe('instance');
    expect(await settingIn(own)).toBe(`own value of ${own}`);
    expect(await settingIn(plain)).toBe('instance');
    const other = cloud().freshEnv('own');
    expect(await settingIn(other)).toBe(`own value of ${other}`);
  });
});
