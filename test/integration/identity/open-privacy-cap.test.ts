/**
 * Issue 15 finding 8: count-then-insert let open privacy requests pass their cap. Parallel filings
 * through the real SDK: the database (slot claims with fixed ids) decides.
 */
import { MAX_OPEN_REQUESTS } from '../../../cloudfunctions/lib/privacy/my-requests';
import { ALICE, privacyCloud } from '../privacy/privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const p = privacyCloud();
const codes = (results: { ok: boolean; error?: { code: string } }[]) =>
  results.map((x) => (x.ok ? 'OK' : x.error?.code));

describe('the cap on open privacy requests', () => {
  it('with one slot left, of four parallel filings exactly one opens, the rest get PRIVACY.TOO_MANY_OPEN', async () => {
    const env = p.cloud().freshEnv();
    await p.people(env);
    const file = (i: number) =>
      p.privacy(env, ALICE.openid, 'file', { kind: 'question', password: ALICE.password, question: `问题 ${i}` });
    for (let i = 0; i < MAX_OPEN_REQUESTS - 1; i += 1) expect((await file(i)).ok).toBe(true);
    const filings = [10, 11, 12, 13].map(file);
    const answers = codes(await Promise.all(filings));
    expect(answers.filter((c) => c === 'OK')).toHaveLength(1);
    expect(answers.filter((c) => c !== 'OK')).toEqual(Array(3).fill('PRIVACY.TOO_MANY_OPEN'));
    expect(await p.find(env, COLLECTIONS.privacyRequests, { status: 'open' })).toHaveLength(MAX_OPEN_REQUESTS);
  });
});
