/**
 * Issue #7: no module but the permissions module reaches a device capability API — checked on the
 * built dist/weapp bundle itself (npm run build:weapp writes the hidden source maps it needs).
 * The planted-call tests change a copy of the real build and expect the scan to name the culprit.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codeMask } from './code-mask';
import {
  mapPathFor,
  prependedLength,
  scanBundle,
  scanBundleFile,
  type BundleReference,
} from './capability-bundle-scanner';
import { decodeMappings, encodeMappings, type RawSourceMap } from './source-map-lookup';
import { requireBuilt } from '../../support/require-build';

const root = resolve(__dirname, '../../..');
const built = join(root, 'dist', 'weapp');
const maps = join(root, 'dist', 'weapp-sourcemaps');
const FEEDBACK_PAGE = 'packages/feedback/pages/index/index.js';

function copyOfBuild(): { weapp: string; maps: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'qyb-bundle-'));
  cpSync(built, join(dir, 'weapp'), { recursive: true });
  cpSync(maps, join(dir, 'maps'), { recursive: true });
  return {
    weapp: join(dir, 'weapp'),
    maps: join(dir, 'maps'),
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Plants `text` in a copy of `file` where code of the module `owner` (a path ending) begins, and
 * moves the later mappings of that line along, as a build that contained the call would have.
 */
function plant(copy: { weapp: string; maps: string }, file: string, owner: string, text: string): void {
  const mapPath = mapPathFor(copy.maps, file);
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as RawSourceMap;
  const source = map.sources.findIndex((s) => s.endsWith(owner));
  if (source < 0) throw new Error(`${owner} is not in the map of ${file}`);
  const lines = decodeMappings(map.mappings);
  const line = lines.findIndex((segments) => segments.some((s) => s[1] === source));
  const segment = lines[line]?.find((s) => s[1] === source) as number[];
  const column = segment[0] as number;
  const codePath = join(copy.weapp, file);
  const code = readFileSync(codePath, 'utf8');
  const lineStart = code.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
  const at = lineStart + column + (line === 0 ? prependedLength(code) : 0);
  writeFileSync(codePath, `${code.slice(0, at)}${text}${code.slice(at)}`);
  for (const s of lines[line] ?? []) if ((s[0] as number) > column) s[0] = (s[0] as number) + text.length;
  writeFileSync(mapPath, JSON.stringify({ ...map, mappings: encodeMappings(lines) }));
}

const pick = (refs: BundleReference[]) => refs.map(({ file, api, owner }) => ({ file, api, owner }));

describe('the built weapp bundle keeps the permission boundary', () => {
  beforeAll(() => {
    requireBuilt(['dist/weapp/app.json'], 'npm run build:weapp');
    requireBuilt(['dist/weapp-sourcemaps/app.js.map'], 'npm run build:weapp');
  });

  it('traces every capability API reference in the shipped JS to the permissions module or a named exception', () => {
    const { references, violations } = scanBundle(built, maps, root);
    expect(violations).toEqual([]);
    // The scan sees the real calls, and where they come from.
    const owners = new Set(references.map((r) => r.owner));
    expect(owners).toContain('src/platform/permissions/media.ts');
    expect(owners).toContain('src/platform/permissions/voice.ts');
    expect(owners).toContain('src/platform/wx-api.ts');
    expect(references.filter((r) => r.owner === 'unmapped')).toEqual([]);
  });

  it('flags a call planted in a page module of a copy of the bundle, naming the page', () => {
    const copy = copyOfBuild();
    try {
      plant(copy, FEEDBACK_PAGE, 'src/packages/feedback/pages/index/index.tsx', 'r.U.getLocation({type:"wgs84"}),');
      expect(pick(scanBundle(copy.weapp, copy.maps, root).violations)).toEqual([
        { file: FEEDBACK_PAGE, api: 'getLocation', owner: 'src/packages/feedback/pages/index/index.tsx' },
      ]);
    } finally {
      copy.done();
    }
  });

  it('flags computed access and a third-party library reaching for the microphone', () => {
    const copy = copyOfBuild();
    try {
      plant(
        copy,
        'vendors.js',
        '/node_modules/react/cjs/react.production.min.js',
        'wx["getRecorderManager"]().start({}),',
      );
      expect(pick(scanBundle(copy.weapp, copy.maps, root).violations)).toEqual([
        { file: 'vendors.js', api: 'getRecorderManager', owner: 'vendor react' },
      ]);
    } finally {
      copy.done();
    }
  });

  it('lets the same call through where the permissions module makes it: the owner decides, not the name', () => {
    const copy = copyOfBuild();
    try {
      const file = 'packages/feedback/sub-common/' + subCommonOf('src/platform/permissions/media.ts');
      const before = scanBundleFile(file, readFileSync(join(copy.weapp, file), 'utf8'), readMap(copy.maps, file), root);
      plant(copy, file, 'src/platform/permissions/media.ts', 'r.U.chooseMedia({count:1}),');
      const after = scanBundleFile(file, readFileSync(join(copy.weapp, file), 'utf8'), readMap(copy.maps, file), root);
      expect(after).toHaveLength(before.length + 1);
      expect(
        after.filter((r) => r.api === 'chooseMedia').every((r) => r.owner === 'src/platform/permissions/media.ts'),
      ).toBe(true);
    } finally {
      copy.done();
    }
  });

  describe('code mask', () => {
    it('blanks strings, templates, regular expressions and comments, keeping code and length', () => {
      const code =
        'a("wx.chooseMedia"),b=`x${c.getLocation()}y.makePhoneCall`,d=/".authorize/g,e.openSetting()/*.getSetting*/';
      const masked = codeMask(code);
      expect(masked).toHaveLength(code.length);
      expect(masked).not.toContain('chooseMedia');
      expect(masked).toContain('c.getLocation()');
      expect(masked).not.toContain('makePhoneCall');
      expect(masked).not.toContain('authorize');
      expect(masked).toContain('e.openSetting()');
      expect(masked).not.toContain('getSetting');
    });

    it('tells division from a regular expression', () => {
      const code = 'x=a/2,y=b/c.getLocation(),z=(/[/"]/).test(s),w.chooseMedia()';
      const masked = codeMask(code);
      expect(masked).toContain('c.getLocation()');
      expect(masked).toContain('w.chooseMedia()');
    });
  });
});

function readMap(mapsDir: string, file: string): RawSourceMap {
  return JSON.parse(readFileSync(mapPathFor(mapsDir, file), 'utf8')) as RawSourceMap;
}

/** The sub-common chunk (file name) whose map includes `owner`. */
function subCommonOf(owner: string): string {
  const dir = join(maps, 'sub-common');
  const name = readdirSync(dir).find((f) =>
    (JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawSourceMap).sources.some((s) => s.endsWith(owner)),
  );
  if (!name) throw new Error(`no sub-common chunk holds ${owner}`);
  return name.replace(/\.map$/, '');
}
