/**
 * "My account was stolen" from another WeChat identity (issue 15): the owner, signed out or on
 * another account, reports the account as compromised; staff freeze it from the report and the
 * reporter is told. A guest must leave a contact, sealed at rest and opened for staff (audited).
 */
import type { ReportQueueOutput } from '../../../cloudfunctions/lib/contract/reports';
import { reportDecidedNotice } from '../../../cloudfunctions/lib/reports/decide-report';
import { ALICE, BOB, STAFF } from '../account/account-cloud';
import { filesCloud } from '../files/files-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';
import { codeOf, functionCalls } from '../../support/call-as';
import { setRoles } from '../../support/set-roles';

const t = filesCloud();
const OWNER_ELSEWHERE = 'oAliceNewPhone01';
const CONTACT = '+853 6612 3456';

const { call: feedback, ok } = functionCalls(() => t.cloud(), 'feedback');
const stolen = (target: string, contact?: string) => ({
  kind: 'account',
  target,
  reason: 'compromised',
  text: '账号被人改了资料，我登录不了',
  ...(contact ? { contact } : {}),
});

describe('my account was stolen, reported from another identity (real SDK, local cloud)', () => {
  let env: string;
  beforeEach(async () => {
    env = t.cloud().freshEnv();
    for (const p of [ALICE, BOB, STAFF]) await t.signedIn(env, p);
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff']);
  });

  it('a signed-out owner must leave a contact; it is sealed, shown to staff with the freeze outcome, and audited', async () => {
    expect(codeOf(await feedback(env, OWNER_ELSEWHERE, 'report', stolen(ALICE.accountName)))).toBe(
      'REPORT.CONTACT_REQUIRED',
    );
    const { id } = await ok<{ id: string }>(env, OWNER_ELSEWHERE, 'report', stolen(ALICE.accountName, CONTACT));
    const [stored] = await t.find<{ contact: unknown; flagged: boolean }>(env, COLLECTIONS.reports, { _id: id });
    expect(stored?.flagged).toBe(true);
    expect(typeof stored?.contact).toBe('string');
    expect(JSON.stringify(stored)).not.toContain('6612');

    const queue = await ok<ReportQueueOutput>(env, STAFF.openid, 'reportQueue');
    expect(queue.items[0]).toMatchObject({ id, contact: CONTACT, outcomes: ['dismiss', 'freeze'] });
    const revealed = await t.find(env, COLLECTIONS.auditLog, { action: 'report.contact-revealed', target: id });
    expect(revealed.length).toBeGreaterThan(0);
    // Warning or restricting a stolen account would punish its owner: only freeze or dismiss.
    expect(codeOf(await feedback(env, STAFF.openid, 'decideReport', { id, outcome: 'warn', note: '核实' }))).toBe(
      'REPORT.OUTCOME_NOT_ALLOWED',
    );
  });

  it('staff freeze from the report: every session ends, sign-in is refused, the owner and the signed-in reporter are told', async () => {
    // Alice's WeChat signed in to her own account: "another identity" that has an inbox.
    const { id } = await ok<{ id: string }>(env, ALICE.openid, 'report', stolen(BOB.accountName));
    expect(await t.code(env, BOB.openid, 'profile')).toBe('OK');

    expect(await ok(env, STAFF.openid, 'decideReport', { id, outcome: 'freeze', note: '经核实，账号被盗' })).toEqual({
      id,
      outcome: 'freeze',
    });
    const [bob] = await t.find<{ statusState: string; _id: string }>(env, COLLECTIONS.accounts, {
      accountName: BOB.accountName,
    });
    expect(bob?.statusState).toBe('frozen');
    expect(await t.code(env, BOB.openid, 'profile')).not.toBe('OK');
    expect(await t.code(env, BOB.openid, 'signIn', { accountName: BOB.accountName, password: BOB.password })).toBe(
      'ACCOUNT.FROZEN',
    );

    const told = await t.find<{ accountId: string; kind: string; body: string }>(env, COLLECTIONS.messages, {
      kind: 'report.decided',
    });
    expect(told.map((m) => m.body)).toEqual([reportDecidedNotice('freeze').body]);
    const ownerTold = await t.find<{ body: string }>(env, COLLECTIONS.messages, { kind: 'account.status.frozen' });
    expect(ownerTold.map((m) => m.body).join()).toContain('经核实，账号被盗');
    const [audited] = await t.find<{ details: { state: string; report: string } }>(env, COLLECTIONS.auditLog, {
      action: 'account.status-set',
      target: bob?._id,
    });
    expect(audited?.details).toMatchObject({ state: 'frozen', report: id });

    // The owner (a mainland ID card holder), back on the bound WeChat, can now unfreeze by face.
    await t.agree(env, BOB.openid, ['face-verification']);
    expect(await t.code(env, BOB.openid, 'startFaceVerification', { purpose: 'unfreeze' })).toBe('OK');
  });
});
