/** The load-time check that the function runs on the runtime it was built for. */
import { assertRuntime, missingRuntimeFeatures } from '../../../../cloudfunctions/lib/infra/runtime-check';
import { CLOUD_RUNTIME } from '../../../../config/cloud/runtime';

const node18 = { fetch: () => undefined, AbortSignal: { timeout: () => undefined } };

describe('runtime check', () => {
  it('passes on Nodejs18.15 and on this machine', () => {
    expect(missingRuntimeFeatures(node18)).toEqual([]);
    expect(() => assertRuntime(globalThis, process.version)).not.toThrow();
  });

  it('on Node 16 (no fetch, no AbortSignal.timeout) throws in Chinese and English, naming the runtime', () => {
    const node16 = { AbortSignal: {} };
    expect(missingRuntimeFeatures(node16)).toEqual(['fetch', 'AbortSignal.timeout']);
    expect(() => assertRuntime(node16, 'v16.13.0')).toThrow(
      /云函数运行环境过旧（Node.js v16\.13\.0，缺少 fetch、AbortSignal\.timeout）.*Nodejs18\.15.*This cloud function runs on Node.js v16\.13\.0, which lacks fetch, AbortSignal\.timeout: re-create it with the Nodejs18\.15 runtime/,
    );
    expect(CLOUD_RUNTIME.name).toBe('Nodejs18.15');
  });

  it('names what is missing when only one is', () => {
    expect(missingRuntimeFeatures({ fetch: () => undefined, AbortSignal: {} })).toEqual(['AbortSignal.timeout']);
  });
});
