/**
 * Reporting needs no account and no consent (agreement §5.9; the catalog's basis is the legal
 * duty), and is limited per WeChat identity like feedback.
 */
import { FEEDBACK_DAILY_LIMIT } from '../../../cloudfunctions/lib/contract/feedback-handling';
import type { ReportQueueOutput } from '../../../cloudfunctions/lib/contract/reports';
import { ALICE, BOB, STAFF } from '../account/account-cloud';
import { filesCloud } from '../files/files-cloud';
import { codeOf, functionCalls } from '../../support/call-as';
import { setRoles } from '../../support/set-roles';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = filesCloud();
const GUEST = 'oGuestReporter01';

const { call: feedback, ok } = functionCalls(() => t.cloud(), 'feedback');

describe('reports from guests (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    for (const p of [ALICE, STAFF]) await t.signedIn(env, p);
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff']);
  });

  it('a guest who agreed to nothing reports an account; staff decide; the owner is warned, the report audited', async () => {
    const { id } = await ok<{ id: string }>(env, GUEST, 'report', {
      kind: 'account',
      target: ALICE.accountName,
      reason: 'fraud',
      text: '冒充工作人员收费',
    });
    const [stored] = await t.find<{ reporterId: string | null; kind: string }>(env, COLLECTIONS.reports, { _id: id });
    expect(stored).toMatchObject({ reporterId: null, kind: 'account' });
    const queue = await ok<ReportQueueOutput>(env, STAFF.openid, 'reportQueue');
    expect(queue.items.find((i) => i.id === id)).toMatchObject({
      reason: 'fraud',
      outcomes: ['dismiss', 'warn', 'restrict'],
    });

    expect(await ok(env, STAFF.openid, 'decideReport', { id, outcome: 'warn', note: '冒充工作人员' })).toEqual({
      id,
      outcome: 'warn',
    });
    const warned = await t.find<{ body: string }>(env, COLLECTIONS.messages, { kind: 'report.warned' });
    expect(warned.map((m) => m.body).join()).toContain('冒充工作人员');
    const [filed] = await t.find<{ actor: string; details: { guest: boolean } }>(env, COLLECTIONS.auditLog, {
      action: 'report.filed',
      target: id,
    });
    expect(filed?.actor).toMatch(/^caller-/);
    expect(filed?.details.guest).toBe(true);
  });

  it('a guest has no inbox, so cannot report a message', async () => {
    const [message] = await t.find<{ _id: string }>(env, COLLECTIONS.messages, {});
    expect(
      codeOf(await feedback(env, GUEST, 'report', { kind: 'message', target: message?._id, reason: 'other' })),
    ).toBe('REPORT.TARGET_NOT_FOUND');
  });

  it('limits a guest’s reports per WeChat identity and day, as feedback', async () => {
    const guest = 'oGuestReportLimit';
    const report = { kind: 'account', target: ALICE.accountName, reason: 'other' };
    const codes: string[] = [];
    for (let n = 0; n <= FEEDBACK_DAILY_LIMIT; n++) codes.push(codeOf(await feedback(env, guest, 'report', report)));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(FEEDBACK_DAILY_LIMIT);
    expect(codes.at(-1)).toBe('FEEDBACK.TOO_MANY');
    expect(codeOf(await feedback(env, BOB.openid, 'report', report))).toBe('OK');
  });
});
