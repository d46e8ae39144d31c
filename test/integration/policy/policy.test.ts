/**
 * The bundled `policy` function (dist/cloudfunctions, as DevTools deploys it) run by the local cloud
 * and called through the real wx-server-sdk: the path every other function takes.
 */
import { resolve } from 'node:path';
import type { CurrentPoliciesOutput } from '../../../cloudfunctions/lib/contract/policy';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { CURRENT_POLICIES } from '../../../policies/generated';
import { useLocalCloud } from '../../support/local-cloud';
import { requireBuilt } from '../../support/require-build';

const functionsDir = resolve(__dirname, '../../../dist/cloudfunctions');
const cloud = useLocalCloud({ functionsDir });

async function callPolicy(event: unknown, openid = 'oPolicyReader01'): Promise<Result<CurrentPoliciesOutput>> {
  const sdk = cloud().sdk({ env: cloud().freshEnv('policy'), openid });
  const response = await sdk.callFunction({ name: 'policy', data: event as Record<string, unknown> });
  return response.result as unknown as Result<CurrentPoliciesOutput>;
}

describe('policy function', () => {
  beforeAll(() => {
    requireBuilt(['dist/cloudfunctions/policy/index.js'], 'npm run build:functions');
  });

  it('answers the documents in force with their versions and hashes', async () => {
    const result = await callPolicy({ action: 'current' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const byId = Object.fromEntries(result.data.policies.map((p) => [p.id, p]));
    for (const doc of Object.values(CURRENT_POLICIES)) {
      expect(byId[doc.id]).toEqual({
        id: doc.id,
        title: doc.title,
        version: doc.version,
        effectiveDate: doc.effectiveDate,
        sha256: doc.sha256,
        changeSummary: doc.changeSummary,
        reconsentRequired: doc.reconsentRequired,
      });
    }
    expect(result.data.policies).toHaveLength(Object.keys(CURRENT_POLICIES).length);
  });

  it('is public: a caller without a WeChat identity still reads it', async () => {
    const result = await callPolicy({ action: 'current' }, '');
    expect(result.ok).toBe(true);
  });

  it.each([
    ['an unknown action', { action: 'drop' }, 'REQUEST.UNKNOWN_ACTION'],
    ['an event without an action', {}, 'REQUEST.INVALID_EVENT'],
    [
      "an 80 KB event (over the function's 64 KB, under WeChat's 100 KB)",
      { action: 'current', input: 'x'.repeat(80 * 1024) },
      'REQUEST.TOO_LARGE',
    ],
  ])('refuses %s with a stable code and a Chinese message', async (_label, event, code) => {
    const result = await callPolicy(event);
    expect(result).toEqual({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
  });
});
