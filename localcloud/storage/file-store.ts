/**
 * Files of one environment: bytes under `<dataDir>/<env>/storage/<sha256 of path>`, metadata in
 * the environment's SQLite file (with the creator's openid: CloudBase's `resource.openid`, what
 * the creator-only security rule compares). Writes go to a temp file, are fsynced, then renamed.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvStore } from '../database/store';

export class FileStore {
  private readonly dir: string;

  constructor(
    private readonly store: EnvStore,
    dataDir: string,
  ) {
    this.dir = join(dataDir, store.env, 'storage');
    mkdirSync(this.dir, { recursive: true });
    store.db.exec(
      'CREATE TABLE IF NOT EXISTS __files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, content_type TEXT, created_at INTEGER NOT NULL)',
    );
    // Data directories made before creators were kept get the column (their files have none).
    const columns = store.db.prepare('PRAGMA table_info(__files)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'openid')) store.db.exec('ALTER TABLE __files ADD COLUMN openid TEXT');
  }

  private fileFor(cloudPath: string): string {
    return join(this.dir, createHash('sha256').update(cloudPath).digest('hex'));
  }

  put(cloudPath: string, bytes: Buffer, contentType: string | undefined, openid?: string): void {
    const target = this.fileFor(cloudPath);
    const temp = `${target}.${process.pid}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    this.store.db
      .prepare('INSERT OR REPLACE INTO __files (path, size, content_type, created_at, openid) VALUES (?, ?, ?, ?, ?)')
      .run(cloudPath, bytes.length, contentType ?? null, Date.now(), openid || null);
  }

  exists(cloudPath: string): boolean {
    return this.store.db.prepare('SELECT 1 FROM __files WHERE path = ?').get(cloudPath) !== undefined;
  }

  /** The openid that uploaded the file (null for an admin upload or an unknown file). */
  creatorOf(cloudPath: string): string | null {
    const row = this.store.db.prepare('SELECT openid FROM __files WHERE path = ?').get(cloudPath) as
      { openid: string | null } | undefined;
    return row?.openid ?? null;
  }

  get(cloudPath: string): { bytes: Buffer; contentType: string | null } | null {
    const row = this.store.db.prepare('SELECT content_type FROM __files WHERE path = ?').get(cloudPath) as
      { content_type: string | null } | undefined;
    if (!row) return null;
    return { bytes: readFileSync(this.fileFor(cloudPath)), contentType: row.content_type };
  }

  delete(cloudPath: string): boolean {
    const r = this.store.db.prepare('DELETE FROM __files WHERE path = ?').run(cloudPath);
    rmSync(this.fileFor(cloudPath), { force: true });
    return r.changes > 0;
  }
}
