/**
 * A privacy complaint is answered only after the person's identity is verified (policy §10):
 * a face check counts, a document check at registration does not.
 */
import type { FeedbackQueueOutput } from '../../../cloudfunctions/lib/contract/feedback-handling';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { ALICE, STAFF } from '../account/account-cloud';
import { filesCloud } from '../files/files-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = filesCloud();

async function feedback<T = unknown>(env: string, openid: string, action: string, input?: unknown) {
  const r = (await t.cloud().sdk({ env, openid }).callFunction({ name: 'feedback', data: { action, input } })) as {
    result: unknown;
  };
  return r.result as Result<T>;
}

async function ok<T>(env: string, openid: string, action: string, input?: unknown): Promise<T> {
  const r = await feedback<T>(env, openid, action, input);
  if (!r.ok) throw new Error(`${action}: ${r.error.code} ${r.error.message}`);
  return r.data;
}

const setAccount = (env: string, accountName: string, data: Record<string, unknown>) =>
  t.db(env).collection(COLLECTIONS.accounts).where({ accountName }).update({ data });

describe('privacy complaints need a verified identity (real SDK, local cloud)', () => {
  it('a document-checked account’s complaint waits, with the reason; once face-verified it is answered', async () => {
    const env = t.cloud().freshEnv();
    for (const p of [ALICE, STAFF]) await t.signedIn(env, p);
    await setAccount(env, STAFF.accountName, { roles: ['user', 'staff'] });
    const { id } = await ok<{ id: string }>(env, ALICE.openid, 'submit', {
      category: 'privacy',
      text: '请告诉我你们保存了我哪些信息',
    });
    const queued = await ok<FeedbackQueueOutput>(env, STAFF.openid, 'queue');
    expect(queued.items.find((i) => i.id === id)).toMatchObject({ identityVerified: false });
    await ok(env, STAFF.openid, 'assign', { id });
    const refused = await feedback(env, STAFF.openid, 'reply', { id, text: '已保存的信息如下……' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FEEDBACK.IDENTITY_UNVERIFIED', message: expect.stringContaining('人脸核验') },
    });
    expect(await t.find(env, COLLECTIONS.messages, { kind: 'feedback.answered' })).toEqual([]);

    // The person completes the face check (face.test.ts drives it end to end; here its outcome).
    await setAccount(env, ALICE.accountName, { verificationLevel: 'face-verified', faceVerifiedAt: Date.now() });
    const verified = await ok<FeedbackQueueOutput>(env, STAFF.openid, 'queue');
    expect(verified.items.find((i) => i.id === id)).toMatchObject({ identityVerified: true });
    expect(await ok(env, STAFF.openid, 'reply', { id, text: '已保存的信息如下……' })).toEqual({
      id,
      status: 'answered',
    });
  });
});
