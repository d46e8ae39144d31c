/**
 * Reading more than 50 files in one function call: getTempFileURL takes at most 50 per call in
 * CloudBase (and in the twin), so the storage adapter asks in batches. Through the real SDK and
 * the bundled feedback function.
 */
import type { MyFeedbackOutput } from '../../../cloudfunctions/lib/contract/feedback';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';
import { ALICE } from '../account/account-cloud';
import { filesCloud } from '../files/files-cloud';

// 60 uploads and a cold function on a loaded 2-core machine.
jest.setTimeout(60_000);

const t = filesCloud();
const RECORDS = 30;
const PHOTOS_EACH = 2;

describe('feedback: my list with more than 50 attachments', () => {
  it('links every attachment (the adapter asks for temp URLs 50 at a time)', async () => {
    const env = t.cloud().freshEnv();
    await t.signedIn(env, ALICE);
    const [account] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { openid: ALICE.openid });
    const jpeg = buildJpeg();
    // Seeded as the console would (submitting 30 times would run into the feedback rules, not storage).
    for (let r = 0; r < RECORDS; r++) {
      const photos = [];
      for (let p = 0; p < PHOTOS_EACH; p++) {
        const fileID = await t.store(env, ALICE.openid, `feedback/${r}-${p}.jpg`, jpeg);
        photos.push({ uploadId: `u-${r}-${p}`, fileID, kind: 'jpeg', size: jpeg.length, sha256: 'x' });
      }
      await t
        .db(env)
        .collection(COLLECTIONS.feedback)
        .add({
          data: {
            _id: `fb-${r}`,
            accountId: account?._id,
            category: 'suggestion',
            text: `第${r}条`,
            photos,
            voice: null,
            status: 'received',
            createdAt: Date.now() + r,
          },
        });
    }
    const called = await t
      .cloud()
      .sdk({ env, openid: ALICE.openid })
      .callFunction({ name: 'feedback', data: { action: 'mine' } });
    const r = { result: called.result as unknown as Result<MyFeedbackOutput> };
    if (!r.result.ok) throw new Error(JSON.stringify(r.result.error));
    const photos = r.result.data.items.flatMap((i) => i.photos);
    expect(photos).toHaveLength(RECORDS * PHOTOS_EACH);
    expect(photos.filter((p) => !p.url)).toEqual([]);
    const last = await fetch(photos[photos.length - 1]?.url as string);
    expect(Buffer.compare(Buffer.from(await last.arrayBuffer()), Buffer.from(jpeg))).toBe(0);
  });
});
