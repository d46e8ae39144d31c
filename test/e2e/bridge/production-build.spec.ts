import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_STATIC_DIR } from '../../../bridge/start-bridge';
import { requireBuilt } from '../../support/require-build';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const HOOK = '__qybAutomator';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

function carriesHook(dir: string): boolean {
  return filesUnder(dir)
    .filter((file) => /\.(js|html|wxml|json)$/.test(file))
    .some((file) => readFileSync(file, 'utf8').includes(HOOK));
}

const E2E_BUILD = path.relative(ROOT, DEFAULT_STATIC_DIR);
// Any build that is missing fails its test with the command that makes it (test/support/require-build).
const BUILDS: Record<string, string> = {
  [E2E_BUILD]: 'npm run build:h5:e2e',
  'dist/h5': 'npm run build:h5',
  'dist/weapp': 'npm run build:weapp',
};
const builtDir = (dir: string) =>
  path.dirname(
    requireBuilt(
      ['index.html', 'app.json'].map((entry) => path.join(dir, entry)),
      BUILDS[dir] ?? 'the build',
    ),
  );

describe('the automator hook', () => {
  it(`is in the e2e build (${E2E_BUILD})`, () => {
    expect(carriesHook(builtDir(E2E_BUILD))).toBe(true);
  });

  it('is not in the production H5 build (dist/h5)', () => {
    expect(carriesHook(builtDir('dist/h5'))).toBe(false);
  });

  it('is not in the weapp build (dist/weapp)', () => {
    expect(carriesHook(builtDir('dist/weapp'))).toBe(false);
  });
});

describe('the first screen of a first launch (issue 18)', () => {
  it('loads the agreement page as one script chunk and one stylesheet beyond the entry', () => {
    const dir = builtDir('dist/h5');
    const app = readFileSync(path.join(dir, 'js', 'app.js'), 'utf8');
    // Taro's route table: the page's loader awaits each chunk it needs (`<require>.e(<chunk id>)`).
    const loader = /"path":"pages\/agreement\/index","load":function load\([^)]*\)\{return\[(.*?)\.then\(/.exec(app);
    expect(loader?.[1]).toBeDefined();
    expect(loader?.[1]?.match(/\.e\(\d+\)/g)).toHaveLength(1);
    expect(statSync(path.join(dir, 'chunk', 'agreement.js')).size).toBeGreaterThan(0);
    expect(statSync(path.join(dir, 'css', 'agreement.css')).size).toBeGreaterThan(0);
  });

  it("leaves Taro's dialogs out of the entry's scripts, in a chunk of their own (src/platform/wx-api-on-demand.ts)", () => {
    const dir = builtDir('dist/h5');
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    const entry = [...html.matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(entry.length).toBeGreaterThan(0);
    // The class names of Taro's H5 modal, toast and action sheet, written where their code is.
    const dialogs = ['taro__modal', 'taro__toast', 'taro__actionSheet'];
    const carried = (file: string) =>
      dialogs.filter((name) => readFileSync(path.join(dir, file), 'utf8').includes(name));
    expect(entry.flatMap(carried)).toEqual([]);
    expect(carried(path.join('chunk', 'wx-api-on-demand.js'))).toEqual(dialogs);
  });
});

describe('the browser tab', () => {
  it('names an icon the H5 build serves', () => {
    const dir = builtDir('dist/h5');
    const icon = /<link rel="icon"[^>]*href="\/([^"]+)"/.exec(readFileSync(path.join(dir, 'index.html'), 'utf8'));
    expect(icon?.[1]).toBeDefined();
    expect(readFileSync(path.join(dir, icon?.[1] ?? ''), 'utf8')).toContain('<svg');
  });
});
