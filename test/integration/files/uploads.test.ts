import { createHash, randomBytes } from 'node:crypto';
import type { UploadView } from '../../../cloudfunctions/lib/contract/files';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';
import { ALICE, BOB } from '../account/account-cloud';
import { filesCloud } from './files-cloud';
import { setRoles } from '../../support/set-roles';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = filesCloud();
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
const ZIP = Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(300)]);

async function uploaded(env: string, openid: string, name: string, bytes: Uint8Array, declared = bytes.length) {
  const kind = name.endsWith('.png') ? ('png' as const) : ('jpeg' as const);
  const prepared = await t.prepare(env, openid, { name, size: declared, kind });
  const fileID = await t.store(env, openid, prepared.cloudPath, bytes);
  return { ...prepared, fileID };
}

describe('files: uploads checked by their real bytes (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.signedIn(env, ALICE);
    await t.signedIn(env, BOB);
  });

  it('accepts a real photo: measured, sniffed, hashed, and kept at a path only the server writes', async () => {
    const jpeg = buildJpeg();
    const up = await uploaded(env, ALICE.openid, '照片.jpg', jpeg);
    const r = await t.files<UploadView>(env, ALICE.openid, 'confirmUpload', {
      uploadId: up.uploadId,
      fileID: up.fileID,
    });
    expect(r).toEqual({ ok: true, data: { uploadId: up.uploadId, name: '照片.jpg', size: jpeg.length, kind: 'jpeg' } });

    const [record] = await t.find<Record<string, unknown>>(env, 'files', { _id: up.uploadId });
    expect(record).toMatchObject({
      status: 'checked',
      kind: 'jpeg',
      size: jpeg.length,
      sha256: createHash('sha256').update(jpeg).digest('hex'),
      cloudPath: `files/feedback/${up.uploadId}.jpg`,
    });
    expect(Buffer.compare(await t.read(env, record?.fileID as string), Buffer.from(jpeg))).toBe(0);
    expect(await t.exists(env, up.fileID)).toBe(false);
  });

  it('takes the real kind from the bytes, not from the name or the declared kind', async () => {
    const up = await uploaded(env, ALICE.openid, 'scan.jpg', PNG);
    const r = await t.files<UploadView>(env, ALICE.openid, 'confirmUpload', {
      uploadId: up.uploadId,
      fileID: up.fileID,
    });
    expect(r.ok && r.data.kind).toBe('png');
  });

  it('refuses bytes that are not an allowed type even with a .jpg name, and deletes them', async () => {
    const up = await uploaded(env, ALICE.openid, 'holiday.jpg', ZIP);
    const r = await t.files(env, ALICE.openid, 'confirmUpload', { uploadId: up.uploadId, fileID: up.fileID });
    expect(r.ok || r.error.code).toBe('FILE.TYPE_NOT_ALLOWED');
    expect(await t.exists(env, up.fileID)).toBe(false);
    const again = await t.files(env, ALICE.openid, 'confirmUpload', { uploadId: up.uploadId, fileID: up.fileID });
    expect(again.ok || again.error.code).toBe('FILE.TYPE_NOT_ALLOWED');
  });

  it('refuses a file larger than its purpose allows, whatever size was declared', async () => {
    const big = Buffer.concat([Buffer.from(buildJpeg()), Buffer.alloc(10 * 1024 * 1024)]);
    const up = await uploaded(env, ALICE.openid, 'big.jpg', big, 2048);
    const r = await t.files(env, ALICE.openid, 'confirmUpload', { uploadId: up.uploadId, fileID: up.fileID });
    expect(r.ok || r.error.code).toBe('FILE.TOO_LARGE');
    const declared = await t.files(env, ALICE.openid, 'prepareUpload', {
      purpose: 'feedback',
      name: 'big.jpg',
      size: big.length,
      kind: 'jpeg',
    });
    expect(declared.ok || declared.error.code).toBe('FILE.TOO_LARGE');
  });

  it("answers another person's upload as not found, without touching it", async () => {
    const up = await uploaded(env, ALICE.openid, 'mine.jpg', buildJpeg());
    const r = await t.files(env, BOB.openid, 'confirmUpload', { uploadId: up.uploadId, fileID: up.fileID });
    expect(r.ok || r.error.code).toBe('FILE.NOT_FOUND');
    const [record] = await t.find<{ status: string }>(env, COLLECTIONS.files, { _id: up.uploadId });
    expect(record?.status).toBe('pending');
  });

  it('answers a prepared but never uploaded file as not uploaded', async () => {
    const prepared = await t.prepare(env, ALICE.openid, { name: 'later.jpg', size: 100, kind: 'jpeg' });
    const fileID = `cloud://${env}.localcloud/${prepared.cloudPath}`;
    const r = await t.files(env, ALICE.openid, 'confirmUpload', { uploadId: prepared.uploadId, fileID });
    expect(r.ok || r.error.code).toBe('FILE.NOT_UPLOADED');
  });

  it('refuses a fileID that names another path than the one prepared', async () => {
    const up = await uploaded(env, ALICE.openid, 'a.jpg', buildJpeg());
    const other = await uploaded(env, ALICE.openid, 'b.jpg', ZIP);
    const r = await t.files(env, ALICE.openid, 'confirmUpload', { uploadId: up.uploadId, fileID: other.fileID });
    expect(r.ok || r.error.code).toBe('REQUEST.INVALID_INPUT');
  });

  it('needs a signed-in person, and keeps staff purposes for staff', async () => {
    // Past the agreement gate, but never signed in.
    await t.agree(env, 'oStranger0001');
    const stranger = await t.files(env, 'oStranger0001', 'prepareUpload', {
      purpose: 'feedback',
      name: 'a.jpg',
      size: 10,
      kind: 'jpeg',
    });
    expect(stranger.ok || stranger.error.code).toBe('ACCOUNT.NOT_SIGNED_IN');
    const result = await t.files(env, ALICE.openid, 'prepareUpload', {
      purpose: 'result',
      name: 'a.pdf',
      size: 10,
      kind: 'pdf',
    });
    expect(result.ok || result.error.code).toBe('ACCOUNT.FORBIDDEN');
    // A reviewer approves requests with a result document, so they may upload one.
    await setRoles(t.db(env), BOB.accountName, ['user', 'reviewer']);
    const reviewer = await t.files(env, BOB.openid, 'prepareUpload', {
      purpose: 'result',
      name: 'a.pdf',
      size: 10,
      kind: 'pdf',
    });
    expect(reviewer.ok).toBe(true);
    await setRoles(t.db(env), BOB.accountName, ['user']);
  });

  it('accepts the browser upload path of the local cloud (what the H5 build uses)', async () => {
    const prepared = await t.prepare(env, ALICE.openid, { name: 'h5.png', size: PNG.length, kind: 'png' });
    const response = await fetch(
      `${t.cloud().cloud.origin}/__dev/storage/upload?cloudPath=${encodeURIComponent(prepared.cloudPath)}`,
      { method: 'POST', headers: { 'x-dev-openid': ALICE.openid, 'x-dev-env': env }, body: PNG },
    );
    const { fileID } = (await response.json()) as { fileID: string };
    const r = await t.files<UploadView>(env, ALICE.openid, 'confirmUpload', { uploadId: prepared.uploadId, fileID });
    expect(r.ok && r.data.kind).toBe('png');
  });
});
