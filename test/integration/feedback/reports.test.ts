import type { ReportQueueOutput } from '../../../cloudfunctions/lib/contract/reports';
import { LOCAL_RISKY_WORDS } from '../../../cloudfunctions/lib/content-safety/local-content-safety-stand-in';
import { reportDecidedNotice } from '../../../cloudfunctions/lib/reports/decide-report';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';
import { ALICE, BOB, STAFF, type Person } from '../account/account-cloud';
import { filesCloud } from '../files/files-cloud';
import { setRoles } from '../../support/set-roles';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

import { codeOf, functionCalls } from '../../support/call-as';

const t = filesCloud();

const CAROL: Person = {
  openid: 'oCarol000001',
  accountName: 'carol_lei',
  password: 'Carol-Macau-77',
  realName: '李嘉欣',
  mobile: { countryCode: '+86', number: '13900001111' },
  document: { type: 'resident-id', number: '44040219850615123X' },
};

const { call: feedback, ok } = functionCalls(() => t.cloud(), 'feedback');

async function accountId(env: string, p: Person): Promise<string> {
  const [account] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: p.accountName });
  if (!account) throw new Error(`no account ${p.accountName}`);
  return account._id;
}

async function told(env: string, who: Person, kind: string) {
  return t.find<{ title: string; body: string }>(env, COLLECTIONS.messages, {
    accountId: await accountId(env, who),
    kind,
  });
}

describe('reports (举报): filed, decided by staff, audited, the reporter told (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    for (const p of [ALICE, BOB, CAROL, STAFF]) await t.signedIn(env, p);
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff']);
  });

  it('a warning: the reported account is warned, the reporter told, the decision audited, and it is decided once', async () => {
    const { id } = await ok<{ id: string }>(env, ALICE.openid, 'report', {
      kind: 'account',
      target: BOB.accountName,
      reason: 'harassment',
      text: '反复发送骚扰信息',
    });
    const queue = await ok<ReportQueueOutput>(env, STAFF.openid, 'reportQueue');
    expect(queue.items.find((i) => i.id === id)).toMatchObject({
      kind: 'account',
      reason: 'harassment',
      flagged: false,
      outcomes: ['dismiss', 'warn', 'restrict'],
    });
    expect(codeOf(await feedback(env, STAFF.openid, 'decideReport', { id, outcome: 'remove', note: '删' }))).toBe(
      'REPORT.OUTCOME_NOT_ALLOWED',
    );
    expect(await ok(env, STAFF.openid, 'decideReport', { id, outcome: 'warn', note: '骚扰他人' })).toEqual({
      id,
      outcome: 'warn',
    });
    expect(codeOf(await feedback(env, STAFF.openid, 'decideReport', { id, outcome: 'dismiss', note: '再' }))).toBe(
      'REPORT.ALREADY_DECIDED',
    );

    expect((await told(env, BOB, 'report.warned')).map((m) => m.body)).toEqual([expect.stringContaining('骚扰他人')]);
    const aliceTold = await told(env, ALICE, 'report.decided');
    expect(aliceTold).toEqual([
      expect.objectContaining({ title: reportDecidedNotice('warn').title, body: reportDecidedNotice('warn').body }),
    ]);
    expect(aliceTold[0]?.body).not.toContain(BOB.accountName);
    const audit = await t.find<{ actor: string; subject: string; details: Record<string, unknown> }>(
      env,
      COLLECTIONS.auditLog,
      {
        action: 'report.decided',
        target: id,
      },
    );
    expect(audit).toEqual([
      expect.objectContaining({
        actor: await accountId(env, STAFF),
        subject: await accountId(env, BOB),
        details: expect.objectContaining({ outcome: 'warn', note: '骚扰他人' }),
      }),
    ]);
    const after = await ok<ReportQueueOutput>(env, STAFF.openid, 'reportQueue');
    expect(after.items.map((i) => i.id)).not.toContain(id);
  });

  it('reported content is removed: the stored file deleted, its owner and the reporter told', async () => {
    const bytes = buildJpeg();
    const prepared = await t.prepare(env, BOB.openid, { name: 'p.jpg', size: bytes.length, kind: 'jpeg' });
    const fileID = await t.store(env, BOB.openid, prepared.cloudPath, bytes);
    const confirmed = await t.files(env, BOB.openid, 'confirmUpload', { uploadId: prepared.uploadId, fileID });
    if (!confirmed.ok) throw new Error(confirmed.error.code);
    const [checked] = await t.find<{ fileID: string }>(env, COLLECTIONS.files, { _id: prepared.uploadId });
    const storedID = checked?.fileID ?? '';
    expect(await t.exists(env, storedID)).toBe(true);

    const { id } = await ok<{ id: string }>(env, CAROL.openid, 'report', {
      kind: 'content',
      target: prepared.uploadId,
      reason: 'illegal',
    });
    await ok(env, STAFF.openid, 'decideReport', { id, outcome: 'remove', note: '含违法信息' });

    expect(await t.exists(env, storedID)).toBe(false);
    const [file] = await t.find<{ status: string; fileID: string | null }>(env, COLLECTIONS.files, {
      _id: prepared.uploadId,
    });
    expect(file).toMatchObject({ status: 'rejected', fileID: null });
    expect((await told(env, BOB, 'content.withdrawn')).map((m) => m.body)).toEqual([
      expect.stringContaining('含违法信息'),
    ]);
    expect((await told(env, CAROL, 'report.decided')).map((m) => m.body)).toEqual([reportDecidedNotice('remove').body]);
  });

  it('a message in one’s own inbox can be reported and removed; a dismissal is told too', async () => {
    const [message] = await told(env, ALICE, 'report.decided');
    const [stored] = await t.find<{ _id: string }>(env, COLLECTIONS.messages, {
      accountId: await accountId(env, ALICE),
      kind: 'report.decided',
    });
    expect(message).toBeDefined();
    expect(
      codeOf(await feedback(env, BOB.openid, 'report', { kind: 'message', target: stored?._id, reason: 'other' })),
    ).toBe('REPORT.TARGET_NOT_FOUND');
    const removed = await ok<{ id: string }>(env, ALICE.openid, 'report', {
      kind: 'message',
      target: stored?._id,
      reason: 'fraud',
    });
    await ok(env, STAFF.openid, 'decideReport', { id: removed.id, outcome: 'remove', note: '误发' });
    expect(await t.find(env, COLLECTIONS.messages, { _id: stored?._id })).toEqual([]);

    const dismissed = await ok<{ id: string }>(env, CAROL.openid, 'report', {
      kind: 'account',
      target: ALICE.accountName,
      reason: 'other',
    });
    await ok(env, STAFF.openid, 'decideReport', { id: dismissed.id, outcome: 'dismiss', note: '未发现违规' });
    expect((await told(env, CAROL, 'report.decided')).map((m) => m.body)).toContain(
      reportDecidedNotice('dismiss').body,
    );
  });

  it('a compromised account reported from another identity is flagged and first in the queue', async () => {
    const plain = await ok<{ id: string }>(env, ALICE.openid, 'report', {
      kind: 'account',
      target: CAROL.accountName,
      reason: 'other',
    });
    const urgent = await ok<{ id: string }>(env, CAROL.openid, 'report', {
      kind: 'account',
      target: ALICE.accountName,
      reason: 'compromised',
      text: '这个账号被他人盗用了',
    });
    const queue = await ok<ReportQueueOutput>(env, STAFF.openid, 'reportQueue');
    expect(queue.items[0]).toMatchObject({ id: urgent.id, flagged: true });
    expect(queue.items.find((i) => i.id === plain.id)?.flagged).toBe(false);
    await ok(env, STAFF.openid, 'decideReport', { id: plain.id, outcome: 'dismiss', note: '无' });
    await ok(env, STAFF.openid, 'decideReport', { id: urgent.id, outcome: 'dismiss', note: '已联系本人' });
  });

  it('refuses risky text, oneself, unknown targets, and the queue to non-staff', async () => {
    const risky = await feedback(env, ALICE.openid, 'report', {
      kind: 'account',
      target: BOB.accountName,
      reason: 'other',
      text: `他在做${LOCAL_RISKY_WORDS[0]}`,
    });
    expect(risky).toMatchObject({
      ok: false,
      error: { code: 'CONTENT.RISKY', message: expect.stringContaining('举报说明'), field: 'reportText' },
    });
    const self = { kind: 'account', target: ALICE.accountName, reason: 'other' };
    expect(codeOf(await feedback(env, ALICE.openid, 'report', self))).toBe('REPORT.SELF');
    const nobody = { kind: 'account', target: 'no_such_person', reason: 'other' };
    expect(codeOf(await feedback(env, ALICE.openid, 'report', nobody))).toBe('REPORT.TARGET_NOT_FOUND');
    expect(codeOf(await feedback(env, BOB.openid, 'reportQueue'))).toBe('ACCOUNT.FORBIDDEN');
    expect(codeOf(await feedback(env, BOB.openid, 'decideReport', { id: 'x', outcome: 'dismiss', note: 'n' }))).toBe(
      'ACCOUNT.FORBIDDEN',
    );
  });

  it('restricting through a report: the status guard refuses the account’s writes with the reason, audited', async () => {
    const { id } = await ok<{ id: string }>(env, ALICE.openid, 'report', {
      kind: 'account',
      target: BOB.accountName,
      reason: 'fraud',
    });
    await ok(env, STAFF.openid, 'decideReport', { id, outcome: 'restrict', note: '冒充工作人员' });
    const refused = await t.call(env, BOB.openid, 'updateProfile', { contact: 'bob@example.mo' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.RESTRICTED', message: expect.stringContaining('冒充工作人员') },
    });
    const statusSet = await t.find(env, COLLECTIONS.auditLog, {
      action: 'account.status-set',
      target: await accountId(env, BOB),
    });
    expect(statusSet).toHaveLength(1);
    expect((await told(env, ALICE, 'report.decided')).map((m) => m.body)).toContain(
      reportDecidedNotice('restrict').body,
    );
  });
});
