import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DECLARED_COLLECTIONS } from '../../../config/cloud/collections';
import { INDEXES } from '../../../config/cloud/indexes';
import { RETENTION_COLLECTIONS, RETENTION_STORAGE } from '../../../config/retention';
import { deletedAutomatically } from '../../../src/features/privacy/deleted-automatically';

const FILES_LIB = join(__dirname, '..', '..', '..', 'cloudfunctions', 'lib', 'files');
const CJK = /[\u4e00-\u9fff]/;

/** The first path segment of every cloud path the files code builds (`uploads/${…}`, `files/${…}`). */
function storagePrefixes(): string[] {
  const prefixes = new Set<string>();
  for (const file of readdirSync(FILES_LIB).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(FILES_LIB, file), 'utf8');
    for (const match of source.matchAll(/`([a-z][\w-]*)\/\$\{/g)) prefixes.add(match[1] as string);
  }
  return [...prefixes].sort();
}

describe('config/retention', () => {
  it('has an entry for every declared collection, and none for a collection that is not declared', () => {
    expect(Object.keys(RETENTION_COLLECTIONS).sort()).toEqual(DECLARED_COLLECTIONS.map((c) => c.name).sort());
  });

  it('has an entry for every storage prefix files are uploaded under', () => {
    const prefixes = storagePrefixes();
    expect(prefixes).toEqual(expect.arrayContaining(['files', 'uploads']));
    expect(Object.keys(RETENTION_STORAGE).sort()).toEqual(prefixes);
  });

  it('says every period, clock and basis in Chinese', () => {
    for (const entry of [...Object.values(RETENTION_COLLECTIONS), ...Object.values(RETENTION_STORAGE)])
      for (const text of [entry.what, entry.period, entry.basis]) expect(text).toMatch(CJK);
  });

  it('never purges the hash-chained consent ledger or the audit trail piecemeal, and names why', () => {
    for (const name of ['consents', 'consent_heads', 'audit_log'] as const) {
      expect(RETENTION_COLLECTIONS[name].purge).toBeNull();
      expect(RETENTION_COLLECTIONS[name].basis).toContain('从不逐条删除');
    }
  });

  it('serves every purge query from an index (status first where the rule names statuses, then the clock)', () => {
    for (const [collection, entry] of Object.entries(RETENTION_COLLECTIONS)) {
      if (!entry.purge) continue;
      const prefix = entry.purge.statuses ? ['status', entry.purge.field] : [entry.purge.field];
      const served = INDEXES.some(
        (i) => i.collection === collection && prefix.every((field, n) => i.fields[n] === field),
      );
      expect([collection, served]).toEqual([collection, true]);
    }
  });

  it('keeps the records of matters the bureau handled, with their legal basis', () => {
    for (const name of ['service_requests', 'request_events', 'agent_grants', 'enterprises'] as const) {
      expect(RETENTION_COLLECTIONS[name].purge).toBeNull();
      expect(RETENTION_COLLECTIONS[name].basis).toContain('档案法');
    }
  });
});

describe('storage deleted with its documents', () => {
  it('a prefix purged with a collection names one whose rule deletes its stored files', () => {
    for (const [prefix, entry] of Object.entries(RETENTION_STORAGE)) {
      if (!entry.purgedWith) continue;
      expect([prefix, RETENTION_COLLECTIONS[entry.purgedWith].purge?.withStorage]).toEqual([prefix, true]);
      expect(deletedAutomatically(entry)).toBe(true);
    }
    expect(deletedAutomatically(RETENTION_STORAGE.uploads)).toBe(true);
    expect(deletedAutomatically(RETENTION_STORAGE.files)).toBe(false);
  });
});
