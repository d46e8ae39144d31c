import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPolicies, sha256, validateManifest } from '../../../../scripts/policies/build-policies';

const realRoot = resolve(__dirname, '../../../../policies');

/** A scratch copy of policies/ that a test may break. */
function copyOfPolicies(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qyb-policies-'));
  cpSync(realRoot, dir, { recursive: true, filter: (src) => !src.includes('generated') });
  return dir;
}

function readManifest(dir: string): Record<string, unknown>[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>[];
}

function errorsOf(dir: string): string[] {
  const result = buildPolicies(dir);
  return result.ok ? [] : result.errors;
}

describe('buildPolicies', () => {
  it('builds the real documents, each hashing to its manifest entry', () => {
    const result = buildPolicies(realRoot);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.documents.map((d) => d.id).sort()).toEqual(['privacy-policy', 'sdk-list', 'user-agreement']);
    for (const doc of result.documents) expect(sha256(doc.text)).toBe(doc.sha256);
  });

  describe('when a document changed by one byte', () => {
    it('fails, naming the file and both hashes', () => {
      const dir = copyOfPolicies();
      const file = join(dir, 'user-agreement/2021-11-15.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('琴易办', '琴易辦'));
      const errors = errorsOf(dir);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /user-agreement\/2021-11-15\.md: sha256 mismatch \(manifest [0-9a-f]{64}, file [0-9a-f]{64}\)/,
      );
    });
  });

  it('fails when a listed file is missing', () => {
    const dir = copyOfPolicies();
    const manifest = readManifest(dir);
    manifest[0] = { ...manifest[0], file: 'user-agreement/2099-01-01.md' };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(errorsOf(dir)).toContain('user-agreement/2099-01-01.md: file missing');
  });

  it('fails on a manifest that is not JSON', () => {
    const dir = copyOfPolicies();
    writeFileSync(join(dir, 'manifest.json'), '{ not json');
    expect(errorsOf(dir)[0]).toMatch(/not valid JSON/);
  });

  it('fails on unbalanced bold markers, naming the line', () => {
    const dir = copyOfPolicies();
    const file = join(dir, 'sdk-list/2021-11-15.md');
    const text = `${readFileSync(file, 'utf8')}\n**未闭合\n`;
    writeFileSync(file, text);
    const manifest = readManifest(dir).map((e) => (e.id === 'sdk-list' ? { ...e, sha256: sha256(text) } : e));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(errorsOf(dir)[0]).toMatch(/sdk-list\/2021-11-15\.md: line \d+: unbalanced \*\*/);
  });
});

describe('validateManifest', () => {
  const valid = () => readManifest(realRoot);

  it('accepts the real manifest', () => {
    expect(validateManifest(valid()).errors).toEqual([]);
  });

  it.each([
    ['id', 'terms'],
    ['title', ''],
    ['version', 'v2'],
    ['effectiveDate', '2021-02-30'],
    ['effectiveDate', '15/11/2021'],
    ['file', '../secret.md'],
    ['sha256', 'ABC'],
    ['changeSummary', ''],
    ['reconsentRequired', 'yes'],
    ['source', ''],
  ])('rejects %s = %p', (field, value) => {
    const manifest = valid();
    manifest[0] = { ...manifest[0], [field]: value };
    const { errors } = validateManifest(manifest);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(field);
  });

  it('rejects a missing field and an unknown one', () => {
    const manifest = valid();
    const { sha256: _dropped, ...rest } = manifest[0] as Record<string, unknown>;
    expect(validateManifest([rest]).errors.join('\n')).toContain('sha256');
    expect(validateManifest([{ ...manifest[0], extra: 1 }]).errors.length).toBeGreaterThan(0);
  });

  it('rejects the same id and version listed twice', () => {
    const manifest = valid();
    expect(validateManifest([...manifest, manifest[0]]).errors).toContain(
      'manifest: user-agreement@2021-11-15 is listed twice',
    );
  });

  it('rejects a file outside its document folder', () => {
    const manifest = valid();
    manifest[0] = { ...manifest[0], file: 'privacy-policy/2021-11-15.md' };
    expect(validateManifest(manifest).errors.join('\n')).toMatch(/not under user-agreement\//);
  });

  it('rejects an empty manifest', () => {
    expect(validateManifest([]).errors.length).toBeGreaterThan(0);
  });
});
