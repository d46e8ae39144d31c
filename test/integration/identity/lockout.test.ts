/**
 * Issue 15 findings 4 and 5: strangers' wrong passwords must not lock the owner out, and every
 * password re-verification goes through the same throttle as sign-in.
 */
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { ALICE, privacyCloud } from '../privacy/privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = privacyCloud();
// Long enough that no lock runs out during a test: the answers then do not depend on timing.
process.env.QYB_LOGIN_LOCK_SECONDS = '600';
jest.setTimeout(120_000);

const code = (r: Result<unknown>) => (r.ok ? 'OK' : r.error.code);
const STRANGERS = ['oStranger00001', 'oStranger00002', 'oStranger00003'];

describe('lockout that cannot be used against the owner', () => {
  it('after strangers lock themselves out, the owner still signs in from the bound WeChat, alerted once', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const tries: string[] = [];
    for (const stranger of STRANGERS) {
      for (let i = 0; i < 6; i += 1) {
        tries.push(
          code(await t.signIn(env, stranger, { accountName: ALICE.accountName, password: `Wrong-${i}-pass` })),
        );
      }
    }
    expect(tries).toContain('ACCOUNT.LOCKED');
    expect(code(await t.signIn(env, ALICE.openid, ALICE))).toBe('OK');
    const [account] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: ALICE.accountName });
    const alerts = await t.find(env, COLLECTIONS.messages, {
      accountId: account?._id,
      kind: 'security.password-attempts',
    });
    expect(alerts).toHaveLength(1);
  });

  it('25 wrong passwords for the copy of my information, then the right one, give no copy', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    await t.signIn(env, ALICE.openid, ALICE);
    const answers: string[] = [];
    for (let i = 0; i < 25; i += 1)
      answers.push(await t.codeOf(env, ALICE.openid, 'copy', { password: `Wrong-${i}-pass` }));
    expect(answers.slice(0, 4)).toEqual(Array(4).fill('ACCOUNT.PASSWORD_INCORRECT'));
    expect(answers.slice(5)).toEqual(Array(20).fill('ACCOUNT.LOCKED'));
    expect(await t.codeOf(env, ALICE.openid, 'copy', { password: ALICE.password })).toBe('ACCOUNT.LOCKED');
  });
});
