/**
 * "我上传的文件" through the real SDK: I list my checked uploads and delete one; another person
 * neither sees mine in their list nor deletes it, and a deleted upload's bytes are gone.
 */
import type { MyUploadsOutput, UploadView } from '../../../cloudfunctions/lib/contract/files';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';
import { ALICE, BOB } from '../account/account-cloud';
import { filesCloud } from './files-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = filesCloud();

async function checkedUpload(env: string, openid: string, name: string): Promise<UploadView & { fileID: string }> {
  const jpeg = buildJpeg();
  const prepared = await t.prepare(env, openid, { name, size: jpeg.length, kind: 'jpeg' });
  const fileID = await t.store(env, openid, prepared.cloudPath, jpeg);
  const r = await t.files<UploadView>(env, openid, 'confirmUpload', { uploadId: prepared.uploadId, fileID });
  if (!r.ok) throw new Error(`confirmUpload: ${r.error.code}`);
  const [record] = await t.find<{ fileID: string }>(env, COLLECTIONS.files, { _id: prepared.uploadId });
  return { ...r.data, fileID: record?.fileID ?? '' };
}

async function mine(env: string, openid: string): Promise<MyUploadsOutput> {
  const r = await t.files<MyUploadsOutput>(env, openid, 'myUploads', {});
  if (!r.ok) throw new Error(`myUploads: ${r.error.code}`);
  return r.data;
}

describe('files: my uploads, listed and deleted (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.signedIn(env, ALICE);
    await t.signedIn(env, BOB);
  }, 90_000);

  it('lists only my checked uploads, newest first, with name, size, purpose and time', async () => {
    const first = await checkedUpload(env, ALICE.openid, '身份证正面.jpg');
    const second = await checkedUpload(env, ALICE.openid, '现场照片.jpg');
    await checkedUpload(env, BOB.openid, '黄先生的照片.jpg');
    // Prepared, never uploaded: nothing of mine the service uses, not listed.
    await t.prepare(env, ALICE.openid, { name: '没传完.jpg', size: 1000, kind: 'jpeg' });

    const { items } = await mine(env, ALICE.openid);
    expect(items.map((i) => i.name)).toEqual(['现场照片.jpg', '身份证正面.jpg']);
    expect(items[0]).toMatchObject({
      uploadId: second.uploadId,
      size: second.size,
      kind: 'jpeg',
      purpose: 'feedback',
      inUse: false,
    });
    expect(Date.parse(items[1]?.uploadedAt ?? '')).toBeLessThanOrEqual(Date.parse(items[0]?.uploadedAt ?? ''));
    expect((await mine(env, BOB.openid)).items.map((i) => i.name)).toEqual(['黄先生的照片.jpg']);
    expect(first.uploadId).not.toBe(second.uploadId);
  });

  it("refuses to delete another person's upload, and deletes my own with its bytes", async () => {
    const [upload] = (await mine(env, ALICE.openid)).items;
    const id = upload?.uploadId ?? '';
    const [record] = await t.find<{ fileID: string }>(env, COLLECTIONS.files, { _id: id });

    expect(await t.files(env, BOB.openid, 'deleteUpload', { uploadId: id })).toMatchObject({
      ok: false,
      error: { code: 'FILE.NOT_FOUND' },
    });
    expect((await mine(env, ALICE.openid)).items.map((i) => i.uploadId)).toContain(id);

    expect((await t.files(env, ALICE.openid, 'deleteUpload', { uploadId: id })).ok).toBe(true);
    expect((await mine(env, ALICE.openid)).items.map((i) => i.uploadId)).not.toContain(id);
    expect(await t.find(env, COLLECTIONS.files, { _id: id })).toEqual([]);
    expect(await t.exists(env, record?.fileID ?? '')).toBe(false);
  });

  it('needs a signed-in person', async () => {
    const r = await t.files(env, 'oStranger0001', 'myUploads', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'ACCOUNT.NOT_SIGNED_IN' } });
  });
});
