import type { Result } from '../../../../cloudfunctions/lib/contract/result';
import type { CloudClient } from '../../../../src/services/cloud/client';
import { createUploader, kindFromName } from '../../../../src/services/cloud/upload';
import type { UploadTransport } from '../../../../src/services/cloud/upload-transport';

const INPUT = { purpose: 'feedback', name: 'p.jpg', size: 120, kind: 'jpeg' } as const;

function fakeClient(answers: Record<string, Result<unknown>>) {
  const calls: { name: string; action: string; input: unknown }[] = [];
  const client = {
    async call(name: string, action: string, input?: unknown) {
      calls.push({ name, action, input });
      return answers[action] ?? { ok: false, error: { code: 'INTERNAL', message: 'x' } };
    },
  } as unknown as CloudClient;
  return { client, calls };
}

describe('uploadFile', () => {
  it('prepares, uploads the bytes to the given path, then confirms with the fileID storage returned', async () => {
    const { client, calls } = fakeClient({
      prepareUpload: { ok: true, data: { uploadId: 'u1', cloudPath: 'uploads/feedback/u1.jpg' } },
      confirmUpload: { ok: true, data: { uploadId: 'u1', name: 'p.jpg', size: 118, kind: 'jpeg' } },
    });
    const uploads: string[][] = [];
    const transport: UploadTransport = {
      upload: async (cloudPath, localPath) => {
        uploads.push([cloudPath, localPath]);
        return `cloud://env.x/${cloudPath}`;
      },
    };
    const result = await createUploader(client, transport)('blob:local/1', INPUT);
    expect(result).toEqual({
      ok: true,
      data: { uploadId: 'u1', name: 'p.jpg', size: 118, kind: 'jpeg', fileID: 'cloud://env.x/uploads/feedback/u1.jpg' },
    });
    expect(uploads).toEqual([['uploads/feedback/u1.jpg', 'blob:local/1']]);
    expect(calls.map((c) => [c.name, c.action, c.input])).toEqual([
      ['files', 'prepareUpload', INPUT],
      ['files', 'confirmUpload', { uploadId: 'u1', fileID: 'cloud://env.x/uploads/feedback/u1.jpg' }],
    ]);
  });

  it('uploads nothing when the server refuses to prepare, and says why', async () => {
    const refused = { ok: false, error: { code: 'FILE.TOO_LARGE', message: '文件过大' } } as const;
    const { client } = fakeClient({ prepareUpload: refused });
    const upload = jest.fn();
    expect(await createUploader(client, { upload })('p', INPUT)).toEqual(refused);
    expect(upload).not.toHaveBeenCalled();
  });

  it('turns a failed transfer into NETWORK without confirming', async () => {
    const { client, calls } = fakeClient({
      prepareUpload: { ok: true, data: { uploadId: 'u1', cloudPath: 'c' } },
    });
    const result = await createUploader(client, { upload: () => Promise.reject(new Error('offline')) })('p', INPUT);
    expect(result.ok || result.error.code).toBe('NETWORK');
    expect(calls.map((c) => c.action)).toEqual(['prepareUpload']);
  });

  it("passes on the server's refusal of the bytes", async () => {
    const refused = { ok: false, error: { code: 'FILE.TYPE_NOT_ALLOWED', message: '类型不符' } } as const;
    const { client } = fakeClient({
      prepareUpload: { ok: true, data: { uploadId: 'u1', cloudPath: 'c' } },
      confirmUpload: refused,
    });
    expect(await createUploader(client, { upload: async () => 'cloud://e.x/c' })('p', INPUT)).toEqual(refused);
  });
});

describe('kindFromName', () => {
  it.each([
    ['IMG_0001.JPG', 'jpeg'],
    ['scan.jpeg', 'jpeg'],
    ['a.png', 'png'],
    ['合同.pdf', 'pdf'],
    ['voice.aac', 'aac'],
    ['tmp/rec.m4a', 'm4a'],
    ['noext', null],
    ['evil.exe', null],
  ])('%s → %s', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });
});
