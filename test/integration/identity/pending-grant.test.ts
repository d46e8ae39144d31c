/**
 * Issue 15 finding 8: count-then-insert let pending grants pile up. Parallel calls through the real
 * SDK, each in its own warm function instance so that all six read "no pending grant" before any
 * writes: the database (a claim with a fixed id) decides, not the early read.
 */
import type { AgentGrantView, EnterpriseView } from '../../../cloudfunctions/lib/contract/enterprise';
import { shanghaiDate } from '../../../cloudfunctions/lib/contract/shanghai-date';
import { ACME_USCC, BOB, DAVE, PDF, requestsCloud } from '../requests/requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const RACERS = 6;
const r = requestsCloud({ maxWorkersPerFunction: RACERS });
// Two people, an enterprise and six uploads before the race: a minute on a busy machine.
jest.setTimeout(90_000);
const codes = (results: { ok: boolean; error?: { code: string } }[]) =>
  results.map((x) => (x.ok ? 'OK' : x.error?.code));

describe('one pending grant per person and enterprise', () => {
  it('of six parallel requests one is pending, the others get ENTERPRISE.GRANT_DUPLICATE', async () => {
    const env = r.cloud().freshEnv();
    await r.people(env, [BOB, DAVE]);
    const acme = await r.data<EnterpriseView>(env, BOB.openid, 'registerEnterprise', {
      uscc: ACME_USCC,
      name: '琴澳科技有限公司',
      legalRepresentative: { name: DAVE.realName, document: DAVE.document },
    });
    const uploads = await Promise.all(Array.from({ length: RACERS }, () => r.upload(env, BOB, 'authorisation', PDF)));
    // One instance per racer, started before the race (a cold start would let one call run ahead).
    await Promise.all(uploads.map(() => r.call(env, BOB.openid, 'myGrants')));
    const today = shanghaiDate(Date.now());
    const results = await Promise.all(
      uploads.map((authorisationUploadId) =>
        r.call<AgentGrantView>(env, BOB.openid, 'requestGrant', {
          enterpriseId: acme.id,
          matterCodes: ['GOOD-STANDING'],
          validFrom: today,
          validUntil: shanghaiDate(Date.now() + 30 * 86_400_000),
          authorisationUploadId,
        }),
      ),
    );
    const answers = codes(results);
    expect(answers.filter((c) => c === 'OK')).toHaveLength(1);
    expect(answers.filter((c) => c !== 'OK')).toEqual(Array(RACERS - 1).fill('ENTERPRISE.GRANT_DUPLICATE'));
    const pending = (await r.find<{ status: string }>(env, COLLECTIONS.agentGrants, {})).filter(
      (g) => g.status === 'pending',
    );
    expect(pending).toHaveLength(1);
  });
});
