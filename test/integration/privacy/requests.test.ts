import type { ProfileView, StaffAccountView } from '../../../cloudfunctions/lib/contract/account';
import type { MyRequestsOutput, PrivacyRequestView } from '../../../cloudfunctions/lib/contract/privacy';
import { shanghaiDate } from '../../../cloudfunctions/lib/contract/shanghai-date';
import { workingCalendar } from '../../../cloudfunctions/lib/calendar/working-days';
import { ALICE, BOB, STAFF, privacyCloud } from './privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = privacyCloud();

const NEW_DOC = { type: 'resident-id', number: '440104199003071220' } as const;

describe('privacy requests: a person files, lists and withdraws (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env);
  });

  it('files a correction, a deletion and a question, each due in 15 working days, proposed values masked', async () => {
    const correction = await t.ok<PrivacyRequestView>(env, ALICE.openid, 'file', {
      kind: 'correction',
      password: ALICE.password,
      proposed: { realName: '陈大為', document: NEW_DOC },
      reason: '登记时证件类型选错，姓名为繁体',
    });
    const deletion = await t.ok<PrivacyRequestView>(env, ALICE.openid, 'file', {
      kind: 'deletion',
      password: ALICE.password,
      what: '消息中心的消息',
      scope: ['messages'],
      reason: '不再需要这些消息',
    });
    const question = await t.ok<PrivacyRequestView>(env, ALICE.openid, 'file', {
      kind: 'question',
      password: ALICE.password,
      question: '我的人脸核验结果保存多久？',
    });
    const due = workingCalendar().addWorkingDays(shanghaiDate(new Date()), 15);
    expect(correction).toMatchObject({
      kind: 'correction',
      status: 'open',
      fields: ['realName', 'document'],
      proposed: { realName: '**為', document: { type: 'resident-id', number: '4401**********1220' } },
      dueDate: due,
    });
    expect(deletion).toMatchObject({
      kind: 'deletion',
      status: 'open',
      text: { what: '消息中心的消息' },
      scope: ['messages'],
      erasure: null,
    });
    expect(question).toMatchObject({ kind: 'question', text: { question: '我的人脸核验结果保存多久？' } });
    expect(JSON.stringify(correction)).not.toContain(NEW_DOC.number);

    const mine = await t.ok<MyRequestsOutput>(env, ALICE.openid, 'mine');
    expect(mine.items.map((i) => i.id).sort()).toEqual([correction.id, deletion.id, question.id].sort());
    // Sealed at rest: the proposed number and name are nowhere in the database file.
    const bytes = t.databaseBytes();
    for (const secret of [NEW_DOC.number, '陈大為'])
      expect(bytes).not.toContain(Buffer.from(secret).toString('latin1'));

    const cancelled = await t.ok<PrivacyRequestView>(env, ALICE.openid, 'cancel', { id: deletion.id });
    expect(cancelled.status).toBe('cancelled');
    expect(await t.codeOf(env, ALICE.openid, 'cancel', { id: deletion.id })).toBe('PRIVACY.REQUEST_CLOSED');
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'privacy.request-filed' })).toHaveLength(3);
  });

  it('refuses a wrong password and stores nothing', async () => {
    const before = (await t.find(env, COLLECTIONS.privacyRequests)).length;
    const r = await t.privacy(env, BOB.openid, 'file', {
      kind: 'question',
      password: 'Not-His-Pass1',
      question: '问题？',
    });
    expect(r.ok || r.error.code).toBe('ACCOUNT.PASSWORD_INCORRECT');
    expect(await t.find(env, COLLECTIONS.privacyRequests)).toHaveLength(before);
  });

  it('answers bad input with stable codes and stores nothing', async () => {
    const before = (await t.find(env, COLLECTIONS.privacyRequests)).length;
    const file = (input: Record<string, unknown>) =>
      t.codeOf(env, BOB.openid, 'file', { kind: 'correction', password: BOB.password, reason: '更正', ...input });
    expect(await file({ proposed: { document: { type: 'resident-id', number: '440104199003071238' } } })).toBe(
      'PRIVACY.DOCUMENT_INVALID',
    );
    expect(await file({ proposed: {} })).toBe('PRIVACY.NOTHING_PROPOSED');
    expect(await file({ proposed: { realName: BOB.realName, document: BOB.document } })).toBe(
      'PRIVACY.NOTHING_CHANGED',
    );
    expect(await file({ proposed: { realName: '黄小明' }, accountId: 'someone' })).toBe('REQUEST.INVALID_INPUT');
    expect(await file({ kind: 'erase-everything', proposed: { realName: '黄大明' } })).toBe('REQUEST.INVALID_INPUT');
    expect(await file({ proposed: { realName: 'x'.repeat(61) } })).toBe('REQUEST.INVALID_INPUT');
    expect(await t.codeOf(env, BOB.openid, 'cancel', { id: 'not-an-id' })).toBe('REQUEST.INVALID_INPUT');
    expect(await t.codeOf(env, 'oNobody000001', 'mine')).toBe('ACCOUNT.NOT_SIGNED_IN');
    expect(await t.find(env, COLLECTIONS.privacyRequests)).toHaveLength(before);
  });

  it("a person cannot see or withdraw another person's request", async () => {
    const alices = await t.ok<MyRequestsOutput>(env, ALICE.openid, 'mine');
    const open = alices.items.find((i) => i.status === 'open');
    expect(open).toBeDefined();
    expect((await t.ok<MyRequestsOutput>(env, BOB.openid, 'mine')).items).toEqual([]);
    expect(await t.codeOf(env, BOB.openid, 'cancel', { id: open?.id })).toBe('PRIVACY.REQUEST_NOT_FOUND');
    for (const action of ['detail', 'reveal']) {
      expect(await t.codeOf(env, BOB.openid, action, { id: open?.id })).toBe('ACCOUNT.FORBIDDEN');
    }
    expect(await t.codeOf(env, BOB.openid, 'queue')).toBe('ACCOUNT.FORBIDDEN');
    const still = await t.ok<MyRequestsOutput>(env, ALICE.openid, 'mine');
    expect(still.items.find((i) => i.id === open?.id)?.status).toBe('open');
  });

  it('staff find an account by its name: status and roles, the name masked, the read audited', async () => {
    const call = (openid: string) =>
      t.call<StaffAccountView>(env, openid, 'staffFind', { accountName: ALICE.accountName });
    const found = await call(STAFF.openid);
    expect(found.ok && found.data).toMatchObject({
      accountName: ALICE.accountName,
      realName: '**文',
      status: { state: 'active', reason: null, until: null },
      roles: ['user'],
    });
    const refused = await call(BOB.openid);
    expect(refused.ok || refused.error.code).toBe('ACCOUNT.FORBIDDEN');
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'account.staff-viewed' })).toHaveLength(1);
    const profile = await t.data<ProfileView>(env, ALICE.openid, 'profile');
    expect(profile.status.state).toBe('active');
  });
});
