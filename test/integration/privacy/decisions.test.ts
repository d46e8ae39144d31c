import { blindIndex } from '../../../cloudfunctions/lib/crypto/blind-index';
import type { ProfileView } from '../../../cloudfunctions/lib/contract/account';
import type {
  MyRequestsOutput,
  PrivacyRequestView,
  RevealOutput,
  StaffQueueItem,
  StaffRequestDetail,
} from '../../../cloudfunctions/lib/contract/privacy';
import { ALICE, BOB, CLERK, STAFF, privacyCloud } from './privacy-cloud';
import { setRoles } from '../../support/set-roles';
import { COLLECTIONS } from '../../../config/cloud/collections';

const t = privacyCloud();
const NEW_DOC = { type: 'resident-id', number: '440104199003071220' } as const;
const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** The blind index the account function computes, with the test's own index key. */
function documentIndex(doc: { type: string; number: string }): string {
  return blindIndex(
    Buffer.from(process.env.QYB_INDEX_KEY as string, 'base64'),
    'document',
    `${doc.type}:${doc.number}`,
  );
}

async function fileCorrection(env: string, proposed: Record<string, unknown>) {
  return t.ok<PrivacyRequestView>(env, ALICE.openid, 'file', {
    kind: 'correction',
    password: ALICE.password,
    proposed,
    reason: '登记信息有误',
  });
}

describe('privacy requests: staff decide (real SDK, local cloud)', () => {
  it('an approved correction re-seals the document, moves the blind index and drops face verification', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    // A residence permit cannot pass WeChat's face check (mainland ID only): set the level as staff verification would.
    await t
      .db(env)
      .collection(COLLECTIONS.accounts)
      .where({ accountName: ALICE.accountName })
      .update({ data: { verificationLevel: 'face-verified', faceVerifiedAt: Date.now() } });
    const request = await fileCorrection(env, { realName: '陈大為', document: NEW_DOC });

    const queue = await t.ok<{ items: StaffQueueItem[] }>(env, CLERK.openid, 'queue');
    expect(queue.items).toEqual([
      expect.objectContaining({ id: request.id, accountName: ALICE.accountName, overdue: false }),
    ]);
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'privacy.queue-viewed' })).toHaveLength(1);
    const detail = await t.ok<StaffRequestDetail>(env, CLERK.openid, 'detail', { id: request.id });
    expect(detail).toMatchObject({
      proposed: { realName: '**為', document: { number: '4401**********1220' } },
      current: { realName: '**文', document: { type: 'residence-permit', number: '8200**********0021' } },
    });
    expect(JSON.stringify(detail)).not.toContain(NEW_DOC.number);
    expect(
      await t.find(env, COLLECTIONS.auditLog, { action: 'privacy.request-viewed', target: request.id }),
    ).toHaveLength(1);
    expect(await t.codeOf(env, CLERK.openid, 'decide', { id: request.id, outcome: 'approved', reply: '已更正' })).toBe(
      'ACCOUNT.FORBIDDEN',
    );

    const decided = await t.ok(env, STAFF.openid, 'decide', {
      id: request.id,
      outcome: 'approved',
      reply: '已按证件更正',
    });
    expect(decided).toEqual({ id: request.id, status: 'approved', accountChanged: true, erasure: null });

    const profile = await t.data<ProfileView>(env, ALICE.openid, 'profile');
    expect(profile.realName).toBe('**為');
    expect(profile.document).toEqual({ type: 'resident-id', number: '4401**********1220', region: 'CN' });
    expect(profile.verification.level).toBe('document-checked');
    expect(await t.find(env, COLLECTIONS.accounts, { documentIndex: documentIndex(ALICE.document) })).toEqual([]);
    const [moved] = await t.find<{ accountName: string; documentNumber: string }>(env, COLLECTIONS.accounts, {
      documentIndex: documentIndex(NEW_DOC),
    });
    expect(moved?.accountName).toBe(ALICE.accountName);
    expect(moved?.documentNumber).toMatch(/^v1\./);
    const bytes = t.databaseBytes();
    for (const secret of [NEW_DOC.number, '陈大為']) expect(bytes).not.toContain(latin1(secret));

    const [notice] = await t.find<{ kind: string; title: string; body: string }>(env, COLLECTIONS.messages, {
      kind: 'privacy.request',
    });
    expect(notice).toMatchObject({ title: '您的信息更正申请已办理', body: '已按证件更正' });
    expect(
      await t.find(env, COLLECTIONS.auditLog, { action: 'privacy.request-approved', target: request.id }),
    ).toHaveLength(1);
    const mine = await t.ok<MyRequestsOutput>(env, ALICE.openid, 'mine');
    expect(mine.items[0]).toMatchObject({ status: 'approved', reply: '已按证件更正' });
    expect(await t.codeOf(env, STAFF.openid, 'decide', { id: request.id, outcome: 'refused', reply: '重复' })).toBe(
      'PRIVACY.REQUEST_CLOSED',
    );
  });

  it('a refusal keeps the registered data, and the person reads the reason', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const before = await t.find(env, COLLECTIONS.accounts, { accountName: ALICE.accountName });
    const request = await fileCorrection(env, { realName: '陈小文' });
    await t.ok(env, STAFF.openid, 'decide', { id: request.id, outcome: 'refused', reply: '与证件记载的姓名不一致' });
    expect(await t.find(env, COLLECTIONS.accounts, { accountName: ALICE.accountName })).toEqual(before);
    expect((await t.data<ProfileView>(env, ALICE.openid, 'profile')).realName).toBe('**文');
    const [notice] = await t.find<{ title: string; body: string }>(env, COLLECTIONS.messages, {
      kind: 'privacy.request',
    });
    expect(notice).toMatchObject({ title: '您的信息更正申请未予办理', body: '与证件记载的姓名不一致' });
    expect(await t.codeOf(env, ALICE.openid, 'cancel', { id: request.id })).toBe('PRIVACY.REQUEST_CLOSED');
  });

  it('a correction to a document registered to someone else is refused and the request stays open', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const request = await fileCorrection(env, { document: BOB.document });
    expect(await t.codeOf(env, STAFF.openid, 'decide', { id: request.id, outcome: 'approved', reply: '更正' })).toBe(
      'PRIVACY.DOCUMENT_REGISTERED',
    );
    const mine = await t.ok<MyRequestsOutput>(env, ALICE.openid, 'mine');
    expect(mine.items[0]?.status).toBe('open');
    expect((await t.data<ProfileView>(env, ALICE.openid, 'profile')).document.type).toBe('residence-permit');
  });

  it('two admins deciding at once decide once', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    await setRoles(t.db(env), CLERK.accountName, ['user', 'admin']);
    const request = await fileCorrection(env, { realName: '陈大為' });
    const codes = await Promise.all(
      [STAFF, CLERK].map((s) =>
        t.codeOf(env, s.openid, 'decide', { id: request.id, outcome: 'approved', reply: '已更正' }),
      ),
    );
    expect(codes.sort()).toEqual(['OK', 'PRIVACY.REQUEST_CLOSED']);
    expect(await t.find(env, COLLECTIONS.messages, { kind: 'privacy.request' })).toHaveLength(1);
  });

  it('a staff reveal shows the values in full and each one is written to the audit log', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const request = await fileCorrection(env, { document: NEW_DOC });
    const revealed = await t.ok<RevealOutput>(env, CLERK.openid, 'reveal', { id: request.id });
    expect(revealed).toEqual({
      proposed: { document: NEW_DOC },
      current: { realName: ALICE.realName, document: ALICE.document },
    });
    await t.ok(env, CLERK.openid, 'reveal', { id: request.id });
    const [clerk] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: CLERK.accountName });
    const audits = await t.find<{ actor: string; target: string }>(env, COLLECTIONS.auditLog, {
      action: 'privacy.request-revealed',
    });
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.actor === clerk?._id && a.target === request.id)).toBe(true);
  });
});
