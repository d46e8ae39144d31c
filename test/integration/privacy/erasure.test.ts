import type { PrivacyRequestView } from '../../../cloudfunctions/lib/contract/privacy';
import { verifyChain } from '../../../cloudfunctions/lib/consent/verify-chain';
import type { ChainHead, LedgerEntry } from '../../../cloudfunctions/lib/consent/ledger-entry';
import { ALICE, BOB, STAFF } from './privacy-cloud';
import { erasureCloud } from './erasure-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';

const t = erasureCloud();
// Four people registered (scrypt) and a dozen function calls per story on a shared machine.
jest.setTimeout(120_000);

/** Every fileID Alice's records name, before anything is erased. */
async function fileIdsOf(env: string, accountId: string): Promise<string[]> {
  const files = await t.find<{ fileID: string | null }>(env, COLLECTIONS.files, { accountId });
  return files.flatMap((f) => (f.fileID ? [f.fileID] : []));
}

describe('erasure (real SDK, local cloud)', () => {
  it('an approved deletion request leaves nothing it named in any collection or in storage, and says what is kept', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const alice = await t.accountId(env, ALICE);
    await t.feedbackWithPhoto(env, ALICE, '爱丽丝的反馈内容');
    await t.upload(env, ALICE, 'material');
    await t.feedbackWithPhoto(env, BOB, '鲍勃的反馈内容');
    const bob = await t.accountId(env, BOB);
    await t
      .db(env)
      .collection(COLLECTIONS.messages)
      .add({
        data: {
          accountId: alice,
          kind: 'x',
          title: '旧消息',
          body: '爱丽丝的旧消息',
          createdAt: Date.now(),
          readAt: null,
        },
      });
    const stored = await fileIdsOf(env, alice);
    expect(stored.length).toBe(2);
    for (const fileID of stored) expect(t.bytesOnDisk(env, fileID)).toBe(true);

    const request = await t.ok<PrivacyRequestView>(env, ALICE.openid, 'file', {
      kind: 'deletion',
      password: ALICE.password,
      what: '我的反馈、上传的文件和消息',
      scope: ['feedback', 'uploads', 'messages'],
      reason: '不再使用本服务',
    });
    await t.ok(env, STAFF.openid, 'decide', { id: request.id, outcome: 'approved', reply: '已按申请删除' });

    expect(t.rowsNaming(env, 'feedback', alice)).toEqual([]);
    expect(t.rowsNaming(env, 'files', alice)).toEqual([]);
    expect(t.rowsNaming(env, 'messages', '爱丽丝的旧消息')).toEqual([]);
    for (const fileID of stored) expect(t.bytesOnDisk(env, fileID)).toBe(false);
    // Bob's are untouched; what was not named (Alice's sessions) stays.
    expect(t.rowsNaming(env, 'feedback', bob)).toHaveLength(1);
    for (const fileID of await fileIdsOf(env, bob)) expect(t.bytesOnDisk(env, fileID)).toBe(true);
    expect(t.rowsNaming(env, 'sessions', alice).length).toBeGreaterThan(0);

    const [mine] = (await t.ok<{ items: PrivacyRequestView[] }>(env, ALICE.openid, 'mine')).items;
    // The feedback and WeChat's check of its photo (media_checks) are two records of one item.
    expect(t.rowsNaming(env, 'media_checks', alice)).toHaveLength(0);
    expect(mine?.erasure?.erased).toEqual([
      { data: 'feedback', records: 2, files: 1 },
      { data: 'uploads', records: 1, files: 1 },
      { data: 'messages', records: 1, files: 0 },
    ]);
    expect(mine?.erasure?.kept).toEqual(
      expect.arrayContaining([expect.objectContaining({ what: '办件记录', basis: expect.stringContaining('档案法') })]),
    );
    const [audit] = await t.find(env, COLLECTIONS.auditLog, { action: 'privacy.erased' });
    expect(audit).toMatchObject({ subject: alice, details: { reason: 'privacy-request', records: 4, files: 2 } });
    expect(JSON.stringify(audit)).not.toContain('爱丽丝');
  });

  it('I delete my own feedback and upload; another person’s id is refused as not found and stays', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const alice = await t.accountId(env, ALICE);
    const mine = await t.feedbackWithPhoto(env, ALICE, '要删除的反馈');
    const [photo] = await fileIdsOf(env, alice);
    const upload = await t.upload(env, ALICE, 'material');

    expect(await t.call(env, BOB.openid, 'feedback', 'remove', { id: mine })).toMatchObject({
      ok: false,
      error: { code: 'FEEDBACK.NOT_FOUND' },
    });
    expect(await t.call(env, BOB.openid, 'files', 'deleteUpload', { uploadId: upload })).toMatchObject({
      ok: false,
      error: { code: 'FILE.NOT_FOUND' },
    });
    expect(t.rowsNaming(env, 'feedback', mine)).toHaveLength(1);

    expect(await t.call(env, ALICE.openid, 'feedback', 'remove', { id: mine })).toEqual({
      ok: true,
      data: { id: mine, files: 1 },
    });
    expect(t.rowsNaming(env, 'feedback', mine)).toEqual([]);
    expect(t.bytesOnDisk(env, photo as string)).toBe(false);
    expect((await t.call(env, ALICE.openid, 'files', 'deleteUpload', { uploadId: upload })).ok).toBe(true);
    expect(t.rowsNaming(env, 'files', alice)).toEqual([]);
  });

  it('my inbox delete removes the message record itself', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const alice = await t.accountId(env, ALICE);
    const { _id: id } = await t
      .db(env)
      .collection(COLLECTIONS.messages)
      .add({
        data: { accountId: alice, kind: 'x', title: '题', body: '要删除的消息', createdAt: Date.now(), readAt: null },
      });
    expect((await t.call(env, BOB.openid, 'notify', 'deleteMessage', { id })).ok).toBe(false);
    expect((await t.call(env, ALICE.openid, 'notify', 'deleteMessage', { id })).ok).toBe(true);
    expect(t.rowsNaming(env, 'messages', '要删除的消息')).toEqual([]);
  });

  it('closing the account at the end of the cooling-off leaves no personal record and the ledger still verifies', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const alice = await t.accountId(env, ALICE);
    await t.feedbackWithPhoto(env, ALICE, '注销前的反馈');
    const stored = await fileIdsOf(env, alice);
    await t.data(env, ALICE.openid, 'requestCancellation', { password: ALICE.password });
    await t
      .db(env)
      .collection(COLLECTIONS.accounts)
      .doc(alice)
      .update({ data: { cancellationEffectiveAt: Date.now() - 1000 } });
    const timer = (await t
      .cloud()
      .sdk({ env })
      .callFunction({ name: 'account', data: { Type: 'Timer', TriggerName: 'closeDueCancellations' } })) as unknown as {
      result: { ok: boolean };
    };
    expect(timer.result.ok).toBe(true);

    for (const collection of ['feedback', 'files', 'messages', 'sessions', 'notice_preferences', 'subscriptions'])
      expect([collection, t.rowsNaming(env, collection, alice)]).toEqual([collection, []]);
    for (const fileID of stored) expect(t.bytesOnDisk(env, fileID)).toBe(false);
    const entries = await t.find<LedgerEntry>(env, COLLECTIONS.consents, { openid: ALICE.openid });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.map((e) => [e.clientIp, e.device])).toEqual(entries.map(() => [null, null]));
    const [head] = await t.find<ChainHead>(env, COLLECTIONS.consentHeads, { _id: ALICE.openid });
    expect(verifyChain(entries, head ?? null)).toMatchObject({ intact: true, problems: [] });
    const tampered = entries.map((e, i) => (i === 0 ? { ...e, clientIp: '198.51.100.9' } : e));
    expect(verifyChain(tampered, head ?? null).intact).toBe(false);
  });
});
