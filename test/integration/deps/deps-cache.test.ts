/**
 * scripts/ensure-deps.sh keeps the machine's last install of a lockfile and copies it into a fresh
 * clone instead of running `npm ci` again. Run on a project of its own (one package from a tarball,
 * no registry): the first clone installs and keeps, the second copies, a changed lockfile installs
 * again, and a copy without its `complete` mark is never taken.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

/** A project with one dependency, a package tarball beside it (npm ci needs no registry for it). */
function project(dir: string, version: string): void {
  mkdirSync(join(dir, 'scripts', 'deps'), { recursive: true });
  cpSync(join(root, 'scripts', 'ensure-deps.sh'), join(dir, 'scripts', 'ensure-deps.sh'));
  cpSync(join(root, 'scripts', 'deps', 'keep-native-build.cjs'), join(dir, 'scripts', 'deps', 'keep-native-build.cjs'));
  const source = join(dir, '..', `local-dep-src-${version}`);
  if (!existsSync(source)) {
    mkdirSync(source, { recursive: true });
    writeFileSync(join(source, 'package.json'), JSON.stringify({ name: 'local-dep', version }));
    writeFileSync(join(source, 'index.js'), `module.exports = ${JSON.stringify(version)};\n`);
  }
  execFileSync('npm', ['pack', source, '--pack-destination', dir], { cwd: dir, stdio: 'pipe' });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'deps-cache-fixture',
      version: '1.0.0',
      dependencies: { 'local-dep': `file:./local-dep-${version}.tgz` },
    }),
  );
  execFileSync('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'pipe' });
}

function ensureDeps(dir: string, cacheDir: string, env: Record<string, string> = {}): string {
  return execFileSync('bash', ['scripts/ensure-deps.sh'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, QYB_DEPS_CACHE_DIR: cacheDir, QYB_DEPS_CACHE: '1', ...env },
    stdio: 'pipe',
  });
}

const installed = (dir: string): string => readFileSync(join(dir, 'node_modules', 'local-dep', 'index.js'), 'utf8');

describe('ensure-deps: the machine keeps its last install of a lockfile', () => {
  let work: string;
  let cache: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'qyb-deps-cache-'));
    cache = join(work, 'cache');
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('installs and keeps on the first clone, copies on the next, installs again for a new lockfile', () => {
    const first = join(work, 'first');
    project(first, '1.0.0');
    const out1 = ensureDeps(first, cache);
    expect(out1).toMatch(/› installing npm packages from the lockfile/);
    expect(out1).toMatch(/› kept this install for the next fresh clone/);
    expect(installed(first)).toContain('1.0.0');
    expect(readdirSync(cache)).toHaveLength(1);

    const second = join(work, 'second');
    project(second, '1.0.0');
    const out2 = ensureDeps(second, cache);
    expect(out2).toMatch(/› npm packages of this lockfile copied from this machine's last install/);
    expect(out2).not.toMatch(/installing npm packages/);
    expect(installed(second)).toContain('1.0.0');
    // Up to date now: nothing is copied or installed again.
    expect(ensureDeps(second, cache)).toBe('');

    const third = join(work, 'third');
    project(third, '2.0.0');
    const out3 = ensureDeps(third, cache);
    expect(out3).toMatch(/› installing npm packages from the lockfile/);
    expect(installed(third)).toContain('2.0.0');
    expect(readdirSync(cache)).toHaveLength(2);
  }, 120_000);

  it('never takes a copy that was not finished', () => {
    const first = join(work, 'first');
    project(first, '1.0.0');
    ensureDeps(first, cache);
    const [entry] = readdirSync(cache);
    rmSync(join(cache, entry, 'complete'));
    writeFileSync(join(cache, entry, 'node_modules', 'local-dep', 'index.js'), 'module.exports = "half";\n');

    const second = join(work, 'second');
    project(second, '1.0.0');
    const out = ensureDeps(second, cache);
    expect(out).toMatch(/› installing npm packages from the lockfile/);
    expect(installed(second)).toContain('1.0.0');
    expect(existsSync(join(cache, entry, 'complete'))).toBe(true);
  }, 120_000);

  it('keeps nothing when the disk would be left without room', () => {
    const first = join(work, 'first');
    project(first, '1.0.0');
    const out = ensureDeps(first, cache, { QYB_DEPS_CACHE_MIN_FREE_MB: String(1024 * 1024 * 1024) });
    expect(out).toMatch(/› installing npm packages from the lockfile/);
    expect(out).toMatch(/› not keeping this install: \d+ MB free under /);
    expect(installed(first)).toContain('1.0.0');
    expect(readdirSync(cache)).toEqual([]);
  }, 120_000);
});
