import { startTestCloud, type TestCloud } from '../../support/local-cloud';
import type { TimerFiring } from '../../../localcloud';

jest.setTimeout(60_000);

describe('local cloud timer triggers (config.json triggers, run on schedule)', () => {
  let t: TestCloud;
  const firings: TimerFiring[] = [];
  const env = `timers-${process.pid}`;

  beforeAll(async () => {
    t = await startTestCloud({ timers: { envs: [env], onFire: (f) => firings.push(f) } });
  });
  afterAll(async () => {
    await t.cloud.stop();
  });

  it('invokes the function with CloudBase’s timer event and no WeChat identity, once per matching second', async () => {
    // A worker started cold on a loaded machine can miss the first seconds: wait up to 40 s for two.
    const deadline = Date.now() + 40_000;
    while (firings.filter((f) => f.outcome === 'ok').length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const ok = firings.filter((f) => f.functionName === 'ticker' && f.outcome === 'ok');
    expect(ok.length).toBeGreaterThanOrEqual(2);
    expect(firings.every((f) => f.triggerName === 'everySecond' && f.env === env)).toBe(true);
    expect(new Set(firings.map((f) => f.at)).size).toBe(firings.length);

    const ticks = (await t.sdk({ env }).database().collection('ticks').get()) as unknown as {
      data: { event: Record<string, unknown>; openid: string | null }[];
    };
    expect(ticks.data.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks.data) {
      expect(tick.openid).toBeNull();
      expect(tick.event).toEqual({
        Type: 'Timer',
        TriggerName: 'everySecond',
        Time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        Message: '',
      });
      expect(tick.event).not.toHaveProperty('userInfo');
    }
  });
});
