import { randomBytes } from 'node:crypto';
import type { MyFeedbackOutput } from '../../../cloudfunctions/lib/contract/feedback';
import type { FileKind } from '../../../cloudfunctions/lib/contract/files';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';
import { ALICE, BOB } from '../account/account-cloud';
import { filesCloud } from '../files/files-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = filesCloud();
/** An ADTS AAC frame header and some payload: what RecorderManager's `aac` format writes. */
const AAC = Buffer.concat([Buffer.from([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]), randomBytes(400)]);

async function feedback<T = unknown>(env: string, openid: string, action: string, input?: unknown) {
  const r = (await t.cloud().sdk({ env, openid }).callFunction({ name: 'feedback', data: { action, input } })) as {
    result: unknown;
  };
  return r.result as Result<T>;
}

async function upload(env: string, openid: string, name: string, kind: FileKind, bytes: Uint8Array) {
  const prepared = await t.prepare(env, openid, { name, size: bytes.length, kind });
  const fileID = await t.store(env, openid, prepared.cloudPath, bytes);
  const confirmed = await t.files(env, openid, 'confirmUpload', { uploadId: prepared.uploadId, fileID });
  if (!confirmed.ok) throw new Error(`confirmUpload: ${confirmed.error.code}`);
  return prepared.uploadId;
}

describe('feedback: text, photos and a voice note (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.signedIn(env, ALICE);
    await t.signedIn(env, BOB);
  });

  it('stores feedback with checked attachments and lists it back to its author only', async () => {
    const jpeg = buildJpeg();
    const photo = await upload(env, ALICE.openid, 'p.jpg', 'jpeg', jpeg);
    const voice = await upload(env, ALICE.openid, 'v.aac', 'aac', AAC);
    const sent = await feedback<{ id: string }>(env, ALICE.openid, 'submit', {
      category: 'privacy',
      text: '  隐私政策第3.3条写明麦克风只用于留言语音。 ',
      photoIds: [photo],
      voiceId: voice,
    });
    expect(sent.ok).toBe(true);

    const mine = await feedback<MyFeedbackOutput>(env, ALICE.openid, 'mine');
    if (!mine.ok) throw new Error(mine.error.code);
    expect(mine.data.items).toHaveLength(1);
    const [item] = mine.data.items;
    expect(item).toMatchObject({
      category: 'privacy',
      text: '隐私政策第3.3条写明麦克风只用于留言语音。',
      status: 'received',
      photos: [{ uploadId: photo, kind: 'jpeg', size: jpeg.length }],
      voice: { uploadId: voice, kind: 'aac', size: AAC.length },
    });
    const photoBytes = Buffer.from(await (await fetch(item?.photos[0]?.url as string)).arrayBuffer());
    expect(Buffer.compare(photoBytes, Buffer.from(jpeg))).toBe(0);

    const bobs = await feedback<MyFeedbackOutput>(env, BOB.openid, 'mine');
    expect(bobs.ok && bobs.data.items).toEqual([]);
  });

  it("refuses another person's photo as not found and stores nothing", async () => {
    const alices = await upload(env, ALICE.openid, 'a.jpg', 'jpeg', buildJpeg());
    const r = await feedback(env, BOB.openid, 'submit', { category: 'complaint', text: '投诉', photoIds: [alices] });
    expect(r.ok || r.error.code).toBe('FILE.NOT_FOUND');
    expect(await t.find(env, COLLECTIONS.feedback, { text: '投诉' })).toEqual([]);
  });

  it('refuses a photo where the voice note goes, and a voice note among the photos', async () => {
    const photo = await upload(env, ALICE.openid, 'c.jpg', 'jpeg', buildJpeg());
    const voice = await upload(env, ALICE.openid, 'c.aac', 'aac', AAC);
    const asVoice = await feedback(env, ALICE.openid, 'submit', { category: 'suggestion', text: 'x', voiceId: photo });
    expect(asVoice.ok || asVoice.error.code).toBe('FILE.TYPE_NOT_ALLOWED');
    const asPhoto = await feedback(env, ALICE.openid, 'submit', {
      category: 'suggestion',
      text: 'x',
      photoIds: [voice],
    });
    expect(asPhoto.ok || asPhoto.error.code).toBe('FILE.TYPE_NOT_ALLOWED');
  });

  it('takes text alone, and refuses empty text, unknown categories and extra fields', async () => {
    const textOnly = await feedback(env, BOB.openid, 'submit', { category: 'agreement', text: '协议第5条不清楚' });
    expect(textOnly.ok).toBe(true);
    for (const input of [
      { category: 'agreement', text: '   ' },
      { category: 'spam', text: 'x' },
      { category: 'agreement', text: 'x', accountId: 'someone' },
      { category: 'agreement', text: 'x'.repeat(501) },
    ]) {
      const r = await feedback(env, BOB.openid, 'submit', input);
      expect(r.ok || r.error.code).toBe('REQUEST.INVALID_INPUT');
    }
  });

  it('needs a signed-in person', async () => {
    await t.agree(env, 'oNobody000001');
    const r = await feedback(env, 'oNobody000001', 'submit', { category: 'agreement', text: 'x' });
    expect(r.ok || r.error.code).toBe('ACCOUNT.NOT_SIGNED_IN');
  });
});
