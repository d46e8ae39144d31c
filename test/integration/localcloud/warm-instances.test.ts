/**
 * A stopped cloud leaves its idle function instances warm for the next cloud of the process
 * (localcloud/functions/warm-instances.ts): the next cloud takes one only if it would have started
 * the very same instance, and gives it its own address. What a later call of an unchanged
 * function meets in CloudBase too: a warm instance with its module state
 * (docs.cloudbase.net/cloud-function/instance).
 */
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { WarmInstances } from '../../../localcloud/functions/warm-instances';
import { FIXTURE_FUNCTIONS, startTestCloud, type TestCloud } from '../../support/local-cloud';

// Cold instances require wx-server-sdk (1–3 s on a loaded 2-core machine).
jest.setTimeout(60_000);

interface Answer {
  pid: number;
  calls: number;
  id: string;
  setting: string | null;
}

const warm = new WarmInstances();
const started: TestCloud[] = [];

async function cloud(): Promise<TestCloud> {
  const c = await startTestCloud({ warmInstances: warm, maxWorkersPerFunction: 1 });
  started.push(c);
  return c;
}

async function call(c: TestCloud, env: string, text: string): Promise<Answer> {
  const r = await c.sdk({ env, openid: 'oWarm0001' }).callFunction({ name: 'instance', data: { text } });
  return r.result as Answer;
}

async function notesIn(c: TestCloud, env: string): Promise<string[]> {
  const { data } = await c.sdk({ env }).database().collection('notes').get();
  return (data as { text: string }[]).map((n) => n.text);
}

afterAll(async () => {
  for (const c of started) await c.cloud.stop();
  warm.clear();
  delete process.env.QYB_FIXTURE_SETTING;
});

describe('warm instances between local clouds of one process', () => {
  it('the next cloud takes the idle instance, its module state kept, and its calls reach the new cloud', async () => {
    const first = await cloud();
    const env = first.freshEnv('warm');
    const before = await call(first, env, 'to the first cloud');
    expect(before.calls).toBe(1);
    await first.cloud.stop();
    expect(warm.size).toBe(1);

    const second = await cloud();
    const after = await call(second, env, 'to the second cloud');
    expect(after.pid).toBe(before.pid);
    expect(after.calls).toBe(2);
    expect(warm.size).toBe(0);
    // Its SDK wrote to the second cloud's database, the cloud it was given when taken.
    expect(await notesIn(second, env)).toEqual(['to the second cloud']);
    await second.cloud.stop();
  });

  it('a cloud whose process environment differs starts a cold instance of its own', async () => {
    const first = await cloud();
    const env = first.freshEnv('warm');
    const before = await call(first, env, 'one');
    await first.cloud.stop();

    process.env.QYB_FIXTURE_SETTING = 'another value';
    const second = await cloud();
    const after = await call(second, env, 'two');
    expect(after.pid).not.toBe(before.pid);
    expect(after).toMatchObject({ calls: 1, setting: 'another value' });
    await second.cloud.stop();
    delete process.env.QYB_FIXTURE_SETTING;
  });

  it('a function file changed since starts a cold instance: the old file’s is not taken', async () => {
    const first = await cloud();
    const env = first.freshEnv('warm');
    const before = await call(first, env, 'one');
    await first.cloud.stop();
    const parked = warm.size;
    expect(parked).toBeGreaterThanOrEqual(1);

    const later = new Date(Date.now() + 5_000);
    utimesSync(join(FIXTURE_FUNCTIONS, 'instance', 'index.js'), later, later);
    const second = await cloud();
    const after = await call(second, env, 'two');
    expect(after.pid).not.toBe(before.pid);
    expect(after.calls).toBe(1);
    // The instance of the old file is still kept, for a cloud of the old file only; none takes it here.
    expect(warm.size).toBe(parked);
    await second.cloud.stop();
  });

  it('a busy instance is stopped with its cloud, never handed on', async () => {
    const first = await cloud();
    const env = first.freshEnv('warm');
    const sdk = first.sdk({ env, openid: 'oWarm0001' });
    const kept = warm.size;
    const running = sdk.callFunction({ name: 'sleepy', data: { ms: 3_000 } }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await first.cloud.stop();
    await running;
    expect(warm.size).toBe(kept);
  });
});
