/**
 * Issue 15 findings 2 and 6: one account per identity document and per WeChat identity, held by
 * the database (claims with deterministic ids), not by a read before the insert.
 */
import { accountCloud, ALICE, type Person } from '../account/account-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = accountCloud();

function person(i: number, over: Partial<Person> = {}): Person {
  return { ...ALICE, openid: `oRace${String(i).padStart(8, '0')}`, accountName: `racer_${i}`, ...over };
}

async function accountsWith(env: string, where: Record<string, unknown>) {
  return t.find(env, COLLECTIONS.accounts, where);
}

describe('registering one identity at the same time', () => {
  it('six parallel registrations of one document from six WeChat identities give one account', async () => {
    const env = t.cloud().freshEnv();
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => t.register(env, person(i))));
    const codes = results.map((r) => (r.ok ? 'OK' : r.error.code));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'ACCOUNT.DOCUMENT_REGISTERED')).toBe(true);
    expect(await accountsWith(env, { documentType: ALICE.document.type })).toHaveLength(1);
  });

  it('four parallel registrations from one WeChat identity give one account', async () => {
    const env = t.cloud().freshEnv();
    const documents = ['440104199003071239', '11010519491231002X', '820000200002290021', '810000199901010014'];
    const results = await Promise.all(
      documents.map((number, i) =>
        t.register(
          env,
          person(i, {
            openid: 'oOneWeChat000001',
            document: { type: number.startsWith('8') ? 'residence-permit' : 'resident-id', number },
          }),
        ),
      ),
    );
    const codes = results.map((r) => (r.ok ? 'OK' : r.error.code));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'ACCOUNT.WECHAT_ALREADY_BOUND')).toBe(true);
    expect(await accountsWith(env, { openid: 'oOneWeChat000001' })).toHaveLength(1);
  });
});

describe('one physical document number', () => {
  it('registers once, whether given as a travel permit or as a passport', async () => {
    const env = t.cloud().freshEnv();
    const number = 'M1234567801';
    const first = await t.register(env, person(1, { document: { type: 'travel-permit', number } }));
    expect(first.ok).toBe(true);
    const again = await t.register(env, person(2, { document: { type: 'passport', number } }));
    expect(again.ok || again.error.code).toBe('ACCOUNT.DOCUMENT_REGISTERED');
  });
});
