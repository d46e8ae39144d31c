import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import { checkUpload } from '../../../../../cloudfunctions/lib/files/check-upload';
import type { FileRecord } from '../../../../../cloudfunctions/lib/files/file.record';
import type { FilesDeps } from '../../../../../cloudfunctions/lib/files/files.deps';
import { filesRepository } from '../../../../../cloudfunctions/lib/files/files.repository';
import type { DocumentStore } from '../../../../../cloudfunctions/lib/infra/query-store';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj');

/** In-memory stand-ins for the files collection and cloud storage, at the repository seam. */
function fakes() {
  const docs = new Map<string, FileRecord>();
  const store: DocumentStore<FileRecord> = {
    get: async (id) => docs.get(id) ?? null,
    find: async () => [...docs.values()],
    insert: async (doc) => void docs.set(doc._id, doc),
    put: async (doc) => void docs.set(doc._id, doc),
    update: async (id, patch) => {
      const doc = docs.get(id);
      if (!doc) return 0;
      docs.set(id, { ...doc, ...patch });
      return 1;
    },
    remove: async (id) => (docs.delete(id) ? 1 : 0),
  };
  const blobs = new Map<string, Buffer>();
  const deps: FilesDeps = {
    files: filesRepository(store),
    storage: {
      download: async (fileID) => blobs.get(fileID) ?? null,
      upload: async (cloudPath, bytes) => {
        blobs.set(`cloud://env.x/${cloudPath}`, bytes);
        return `cloud://env.x/${cloudPath}`;
      },
      remove: async (ids) => ids.forEach((id) => blobs.delete(id)),
      tempUrls: async () => ({}),
    },
    now: () => 1_800_000_000_000,
  };
  function uploaded(id: string, bytes: Buffer | null, purpose: FileRecord['purpose'] = 'material'): void {
    const cloudPath = `uploads/${purpose}/${id}.jpg`;
    if (bytes) blobs.set(`cloud://env.x/${cloudPath}`, bytes);
    docs.set(id, {
      _id: id,
      accountId: 'acc-alice',
      purpose,
      cloudPath,
      fileID: `cloud://env.x/${cloudPath}`,
      name: 'x.jpg',
      declaredSize: 10,
      declaredKind: 'jpeg',
      status: 'uploaded',
      size: null,
      kind: null,
      sha256: null,
      rejectedCode: null,
      createdAt: 0,
      checkedAt: null,
    });
  }
  return { deps, docs, blobs, uploaded };
}

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? e.code : `thrown ${String(e)}`),
  );

describe('checkUpload', () => {
  it("refuses, without keeping or deleting anything, a use case's narrower rule the purpose allows", async () => {
    const f = fakes();
    f.uploaded('u1', PDF);
    expect(await code(checkUpload('u1', 'acc-alice', { kinds: ['jpeg', 'png'], maxBytes: 1000 }, f.deps))).toBe(
      'FILE.TYPE_NOT_ALLOWED',
    );
    expect(f.docs.get('u1')?.status).toBe('uploaded');
    expect(f.blobs.has('cloud://env.x/uploads/material/u1.jpg')).toBe(true);
    // The same bytes pass a use case that takes PDFs, and are then the server's own copy.
    const checked = await checkUpload('u1', 'acc-alice', { kinds: ['pdf'], maxBytes: 1000 }, f.deps);
    expect(checked).toMatchObject({ kind: 'pdf', size: PDF.length, cloudPath: 'files/material/u1.pdf' });
    expect([...f.blobs.keys()]).toEqual(['cloud://env.x/files/material/u1.pdf']);
  });

  it('re-checks a checked upload against each use case from its record, without downloading again', async () => {
    const f = fakes();
    f.uploaded('u1', JPEG);
    await checkUpload('u1', 'acc-alice', { kinds: ['jpeg'], maxBytes: 100 }, f.deps);
    f.blobs.clear();
    expect(await code(checkUpload('u1', 'acc-alice', { kinds: ['jpeg'], maxBytes: 4 }, f.deps))).toBe('FILE.TOO_LARGE');
    expect(await code(checkUpload('u1', 'acc-alice', { kinds: ['jpeg'], maxBytes: 100 }, f.deps))).toBe('OK');
  });

  it('rejects for good, and deletes, bytes that break their purpose’s own rule', async () => {
    const f = fakes();
    f.uploaded('u1', Buffer.from('MZ\x90\x00 not an image'));
    expect(await code(checkUpload('u1', 'acc-alice', { kinds: ['jpeg'], maxBytes: 100 }, f.deps))).toBe(
      'FILE.TYPE_NOT_ALLOWED',
    );
    expect(f.docs.get('u1')).toMatchObject({ status: 'rejected', rejectedCode: 'FILE.TYPE_NOT_ALLOWED', fileID: null });
    expect(f.blobs.size).toBe(0);
    expect(await code(checkUpload('u1', 'acc-alice', { kinds: ['jpeg', 'pdf'], maxBytes: 100 }, f.deps))).toBe(
      'FILE.TYPE_NOT_ALLOWED',
    );
  });

  it("answers another account's upload, an unknown id and missing bytes without telling them apart from outside", async () => {
    const f = fakes();
    f.uploaded('u1', JPEG);
    f.uploaded('u2', null);
    const rule = { kinds: ['jpeg'] as const, maxBytes: 100 };
    expect(await code(checkUpload('u1', 'acc-bob', rule, f.deps))).toBe('FILE.NOT_FOUND');
    expect(await code(checkUpload('nope', 'acc-alice', rule, f.deps))).toBe('FILE.NOT_FOUND');
    expect(await code(checkUpload('u2', 'acc-alice', rule, f.deps))).toBe('FILE.NOT_UPLOADED');
    expect(f.docs.get('u1')?.status).toBe('uploaded');
  });
});
