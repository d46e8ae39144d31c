import type { MyFeedbackOutput } from '../../../cloudfunctions/lib/contract/feedback';
import { FEEDBACK_DAILY_LIMIT, type FeedbackQueueOutput } from '../../../cloudfunctions/lib/contract/feedback-handling';
import {
  LOCAL_RISKY_IMAGE_MARKER,
  LOCAL_RISKY_WORDS,
} from '../../../cloudfunctions/lib/content-safety/local-content-safety-stand-in';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';
import { ALICE, BOB, STAFF } from '../account/account-cloud';
import { filesCloud } from '../files/files-cloud';
import { setRoles } from '../../support/set-roles';
import { COLLECTIONS } from '../../../config/cloud/collections';

import { codeOf, functionCalls } from '../../support/call-as';

const t = filesCloud();

const { call: feedback, ok } = functionCalls(() => t.cloud(), 'feedback');

async function upload(env: string, openid: string, bytes: Uint8Array) {
  const prepared = await t.prepare(env, openid, { name: 'p.jpg', size: bytes.length, kind: 'jpeg' });
  const fileID = await t.store(env, openid, prepared.cloudPath, bytes);
  const confirmed = await t.files(env, openid, 'confirmUpload', { uploadId: prepared.uploadId, fileID });
  if (!confirmed.ok) throw new Error(`confirmUpload: ${confirmed.error.code}`);
  return { uploadId: prepared.uploadId, fileID };
}

describe('feedback handling: staff queue, answers, guests, limits and content safety (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    for (const p of [ALICE, BOB, STAFF]) await t.signedIn(env, p);
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff']);
  });

  it('a complaint goes received → in progress → answered → closed, and the answer reaches the inbox and 我的反馈', async () => {
    const { id } = await ok<{ id: string }>(env, ALICE.openid, 'submit', {
      category: 'complaint',
      text: '窗口排队太久',
    });
    const queue = await ok<FeedbackQueueOutput>(env, STAFF.openid, 'queue');
    const item = queue.items.find((i) => i.id === id);
    // A document check is not a verified identity for a complaint (policy §10); a plain complaint needs none.
    expect(item).toMatchObject({ status: 'received', escalated: false, guest: false, identityVerified: false });
    expect(Date.parse(item?.dueAt ?? '') - Date.parse(item?.createdAt ?? '')).toBeGreaterThan(14 * 86_400_000);

    expect(codeOf(await feedback(env, STAFF.openid, 'reply', { id, text: '太早了' }))).toBe(
      'FEEDBACK.ILLEGAL_TRANSITION',
    );
    expect(await ok(env, STAFF.openid, 'assign', { id })).toEqual({ id, status: 'in-progress' });
    expect(await ok(env, STAFF.openid, 'reply', { id, text: '已增开窗口，感谢反馈。' })).toEqual({
      id,
      status: 'answered',
    });

    const inbox = await t.find<{ kind: string; body: string }>(env, COLLECTIONS.messages, {
      kind: 'feedback.answered',
    });
    expect(inbox.map((m) => m.body)).toContain('已增开窗口，感谢反馈。');
    const mine = await ok<MyFeedbackOutput>(env, ALICE.openid, 'mine');
    expect(mine.items.find((i) => i.id === id)).toMatchObject({
      status: 'answered',
      reply: { text: '已增开窗口，感谢反馈。' },
    });

    expect(await ok(env, STAFF.openid, 'close', { id })).toEqual({ id, status: 'closed' });
    const after = await ok<FeedbackQueueOutput>(env, STAFF.openid, 'queue');
    expect(after.items.map((i) => i.id)).not.toContain(id);
  });

  it('lists soonest due first and escalates what is past due when the queue is read', async () => {
    const late = await ok<{ id: string }>(env, BOB.openid, 'submit', {
      category: 'suggestion',
      text: '早已到期的建议',
    });
    await t
      .db(env)
      .collection(COLLECTIONS.feedback)
      .doc(late.id)
      .update({ data: { dueAt: Date.now() - 1000 } });
    const queue = await ok<FeedbackQueueOutput>(env, STAFF.openid, 'queue');
    const dues = queue.items.map((i) => Date.parse(i.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(queue.items[0]).toMatchObject({ id: late.id, escalated: true });
    const [stored] = await t.find<{ escalatedAt: number | null }>(env, COLLECTIONS.feedback, { _id: late.id });
    expect(typeof stored?.escalatedAt).toBe('number');
  });

  it('people who are not staff cannot read or act on the queue', async () => {
    expect(codeOf(await feedback(env, BOB.openid, 'queue'))).toBe('ACCOUNT.FORBIDDEN');
    expect(codeOf(await feedback(env, BOB.openid, 'assign', { id: 'abc' }))).toBe('ACCOUNT.FORBIDDEN');
  });

  it('a guest sends feedback with a contact kept encrypted; a guest privacy complaint is not answered unverified', async () => {
    const guest = 'oGuest0000001';
    await t.agree(env, guest);
    const { id } = await ok<{ id: string }>(env, guest, 'guestSubmit', {
      category: 'privacy',
      text: '我想知道你们保存了我什么信息',
      contact: '13800138000',
    });
    const [stored] = await t.find<{ accountId: string | null; contact: string }>(env, COLLECTIONS.feedback, {
      _id: id,
    });
    expect(stored?.accountId).toBeNull();
    expect(stored?.contact).not.toContain('13800138000');
    const queue = await ok<FeedbackQueueOutput>(env, STAFF.openid, 'queue');
    expect(queue.items.find((i) => i.id === id)).toMatchObject({
      guest: true,
      contact: '13800138000',
      identityVerified: false,
    });
    const reveals = await t.find<{ actor: string }>(env, COLLECTIONS.auditLog, {
      action: 'feedback.contact-revealed',
      target: id,
    });
    const [staffAccount] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: STAFF.accountName });
    expect(reveals.map((r) => r.actor)).toEqual([staffAccount?._id]);
    await ok(env, STAFF.openid, 'assign', { id });
    expect(codeOf(await feedback(env, STAFF.openid, 'reply', { id, text: '答复' }))).toBe(
      'FEEDBACK.IDENTITY_UNVERIFIED',
    );
  });

  it('limits each WeChat identity per day, also when the sends come at once', async () => {
    const guest = 'oGuestLimit01';
    await t.agree(env, guest);
    const sends = await Promise.all(
      Array.from({ length: FEEDBACK_DAILY_LIMIT + 3 }, (_, n) =>
        feedback(env, guest, 'guestSubmit', { category: 'suggestion', text: `建议${n}` }),
      ),
    );
    const codes = sends.map(codeOf);
    expect(codes.filter((c) => c === 'OK').length).toBeLessThanOrEqual(FEEDBACK_DAILY_LIMIT);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'FEEDBACK.TOO_MANY')).toBe(true);
    expect(codeOf(await feedback(env, guest, 'guestSubmit', { category: 'suggestion', text: '再一条' }))).toBe(
      'FEEDBACK.TOO_MANY',
    );
    const kept = await t.find(env, COLLECTIONS.feedback, { openid: guest });
    expect(kept.length).toBe(codes.filter((c) => c === 'OK').length);
  });

  it('refuses risky text in Chinese, naming the field and not the label, and keeps nothing', async () => {
    const text = `附近有人${LOCAL_RISKY_WORDS[0]}`;
    const r = await feedback(env, BOB.openid, 'submit', { category: 'complaint', text });
    if (r.ok) throw new Error('risky text was accepted');
    expect(r.error).toEqual({
      code: 'CONTENT.RISKY',
      message: expect.stringContaining('反馈内容'),
      field: 'feedbackText',
    });
    expect(r.error.message).not.toMatch(/\d{5}|risky|label/);
    expect(await t.find(env, COLLECTIONS.feedback, { text })).toEqual([]);
  });

  it('withdraws a photo the image check finds risky: file deleted, photo taken off, the person told', async () => {
    const risky = await upload(
      env,
      BOB.openid,
      Buffer.concat([Buffer.from(buildJpeg()), Buffer.from(LOCAL_RISKY_IMAGE_MARKER)]),
    );
    const fine = await upload(env, BOB.openid, buildJpeg());
    const { id } = await ok<{ id: string }>(env, BOB.openid, 'submit', {
      category: 'complaint',
      text: '附上现场照片',
      photoIds: [risky.uploadId, fine.uploadId],
    });
    const checks = await t.find<{ fileID: string; suggest: string }>(env, COLLECTIONS.mediaChecks, { feedbackId: id });
    const riskyFile = checks.find((c) => c.suggest === 'risky')?.fileID ?? '';
    const fineFile = checks.find((c) => c.suggest === 'pass')?.fileID ?? '';
    expect(await t.exists(env, riskyFile)).toBe(false);
    expect(await t.exists(env, fineFile)).toBe(true);
    const [stored] = await t.find<{ photos: { fileID: string }[]; withdrawnPhotos: number }>(
      env,
      COLLECTIONS.feedback,
      {
        _id: id,
      },
    );
    expect(stored?.photos.map((p) => p.fileID)).toEqual([fineFile]);
    expect(stored?.withdrawnPhotos).toBe(1);
    expect(await t.find(env, COLLECTIONS.messages, { kind: 'content.withdrawn' })).toHaveLength(1);
  });

  it("settles WeChat's wxa_media_check push by trace id; an unknown trace id changes nothing", async () => {
    const photo = await upload(env, ALICE.openid, buildJpeg());
    const sent = await ok<{ id: string }>(env, ALICE.openid, 'submit', {
      category: 'suggestion',
      text: '照片',
      photoIds: [photo.uploadId],
    });
    const [check] = await t.find<{ _id: string; fileID: string; settledAt: number }>(env, COLLECTIONS.mediaChecks, {
      feedbackId: sent.id,
    });
    expect(check?.settledAt).toEqual(expect.any(Number));
    await t
      .db(env)
      .collection(COLLECTIONS.mediaChecks)
      .doc(check?._id ?? '')
      .update({ data: { settledAt: null } });
    const push = (traceId: string) => ({
      ToUserName: 'gh_x',
      FromUserName: ALICE.openid,
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: traceId,
      version: 2,
      result: { suggest: 'risky', label: '20002' },
      detail: [],
    });
    const sdk = t.cloud().sdk({ env, openid: ALICE.openid });
    const unknown = (await sdk.callFunction({ name: 'feedback', data: push('no-such-trace') })) as { result: unknown };
    expect(unknown.result).toEqual({ ok: true, data: { withdrawn: false } });
    expect(await t.exists(env, check?.fileID ?? '')).toBe(true);
    const known = (await sdk.callFunction({ name: 'feedback', data: push(check?._id ?? '') })) as { result: unknown };
    expect(known.result).toEqual({ ok: true, data: { withdrawn: true } });
    expect(await t.exists(env, check?.fileID ?? '')).toBe(false);
  });
});
