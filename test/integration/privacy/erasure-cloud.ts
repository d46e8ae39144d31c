/**
 * Erasure through the real SDK: what a person stores (feedback with a photo, an upload, messages)
 * put there through the functions, and the proof read from the environment's SQLite file and
 * storage directory, not through the functions.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildJpeg } from '../../unit/platform/permissions/jpeg-fixture';
import type { Person } from './privacy-cloud';
import { privacyCloud } from './privacy-cloud';
import { callAs } from '../../support/call-as';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

export function erasureCloud() {
  const t = privacyCloud();

  async function call<T = unknown>(env: string, openid: string, name: string, action: string, input?: unknown) {
    return callAs<T>(t.cloud(), env, openid, name, action, input);
  }

  async function upload(env: string, person: Person, purpose: 'feedback' | 'material') {
    const bytes = buildJpeg();
    const prepared = await call<{ uploadId: string; cloudPath: string }>(env, person.openid, 'files', 'prepareUpload', {
      purpose,
      name: 'p.jpg',
      size: bytes.length,
      kind: 'jpeg',
    });
    if (!prepared.ok) throw new Error(`prepareUpload: ${prepared.error.code}`);
    const stored = await t
      .cloud()
      .sdk({ env, openid: person.openid })
      .uploadFile({ cloudPath: prepared.data.cloudPath, fileContent: Buffer.from(bytes) });
    const confirmed = await call(env, person.openid, 'files', 'confirmUpload', {
      uploadId: prepared.data.uploadId,
      fileID: stored.fileID,
    });
    if (!confirmed.ok) throw new Error(`confirmUpload: ${confirmed.error.code}`);
    return prepared.data.uploadId;
  }

  return {
    ...t,
    call,
    upload,
    /** Feedback with one checked photo, through the feedback function; its id. */
    async feedbackWithPhoto(env: string, person: Person, text: string): Promise<string> {
      const photo = await upload(env, person, 'feedback');
      const sent = await call<{ id: string }>(env, person.openid, 'feedback', 'submit', {
        category: 'privacy',
        text,
        photoIds: [photo],
      });
      if (!sent.ok) throw new Error(`feedback: ${sent.error.code}`);
      return sent.data.id;
    },
    async accountId(env: string, person: Person): Promise<string> {
      const [account] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: person.accountName });
      if (!account) throw new Error(`no account ${person.accountName}`);
      return account._id;
    },
    /** Every stored document of a collection naming `text` anywhere, read from the SQLite file. */
    rowsNaming(env: string, collection: string, text: string): string[] {
      const sqlite = new Database(join(t.cloud().dataDir, env, 'db.sqlite'), { readonly: true });
      try {
        const rows = sqlite.prepare(`SELECT doc FROM "col_${collection}"`).all() as { doc: string }[];
        return rows.map((r) => r.doc).filter((doc) => doc.includes(text));
      } finally {
        sqlite.close();
      }
    },
    /** Whether bytes are stored under a fileID's path, read from the storage directory. */
    bytesOnDisk(env: string, fileID: string): boolean {
      const cloudPath = fileID.replace(/^cloud:\/\/[^/]+\//, '');
      return existsSync(join(t.cloud().dataDir, env, 'storage', createHash('sha256').update(cloudPath).digest('hex')));
    },
  };
}
