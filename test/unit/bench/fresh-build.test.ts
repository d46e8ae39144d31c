import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isStale } from '../../bench/fresh-build';

/** A project with one source file and one build marker, each given its modification time (seconds). */
function project(sourceAt: number, builtAt: number | null): string {
  const root = mkdtempSync(join(tmpdir(), 'qyb-fresh-build-'));
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  mkdirSync(join(root, 'dist'), { recursive: true });
  const source = join(root, 'src', 'pages', 'index.tsx');
  writeFileSync(source, 'export {};\n');
  utimesSync(source, sourceAt, sourceAt);
  utimesSync(join(root, 'src', 'pages'), 1_000, 1_000);
  utimesSync(join(root, 'src'), 1_000, 1_000);
  if (builtAt !== null) {
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html>');
    utimesSync(join(root, 'dist', 'index.html'), builtAt, builtAt);
  }
  return root;
}

describe('isStale: the bench rebuilds what is older than its sources', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const made = (sourceAt: number, builtAt: number | null) => {
    const root = project(sourceAt, builtAt);
    roots.push(root);
    return root;
  };

  it('a build newer than every source is fresh', () => {
    const root = made(2_000, 3_000);
    expect(isStale(join(root, 'dist', 'index.html'), root, ['src'])).toBe(false);
  });

  it('a source file changed after the build, however deep, makes it stale', () => {
    const root = made(4_000, 3_000);
    expect(isStale(join(root, 'dist', 'index.html'), root, ['src'])).toBe(true);
  });

  it('a missing build is stale, and a source that does not exist changes nothing', () => {
    const unbuilt = made(2_000, null);
    expect(isStale(join(unbuilt, 'dist', 'index.html'), unbuilt, ['src'])).toBe(true);
    const root = made(2_000, 3_000);
    expect(isStale(join(root, 'dist', 'index.html'), root, ['src', 'no-such-folder'])).toBe(false);
  });
});
