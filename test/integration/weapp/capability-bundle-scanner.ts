/**
 * The built weapp bundle, checked against the permission boundary: every reference to a device
 * capability API (config/capability-apis.json) in the shipped JS of dist/weapp is traced, through
 * the hidden source maps the build writes beside it (dist/weapp-sourcemaps, see config/index.ts),
 * to the module it came from — webpack concatenates modules, so chunk module ids alone cannot say.
 * Only the permissions module (and the wx API table it calls through) may reach them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ALLOWED, CAPABILITY_APIS, EXCEPTIONS } from '../../unit/platform/capability-scanner';
import { codeMask } from './code-mask';
import { decodeMappings, sourceAt, type RawSourceMap } from './source-map-lookup';

export interface BundleReference {
  /** The JS file, relative to the weapp folder. */
  file: string;
  line: number;
  column: number;
  api: string;
  /** Who the code belongs to: a repository path, `vendor <package or path>`, or `unmapped`. */
  owner: string;
}

/**
 * Framework code that must reach a guarded API itself, each with its bundle file and reason.
 * Taro's shared runtime (@tarojs/shared native-apis, whose own source map names it by its
 * package-relative path) reads the platform name to adapt its API wrappers; it collects nothing.
 */
export const VENDOR_ALLOWED: readonly { file: RegExp; owner: RegExp; apis: readonly string[] }[] = [
  { file: /^taro\.js$/, owner: /^vendor \S*\/src\/native-apis\.ts$/, apis: ['getSystemInfoSync'] },
];

const NAMES = CAPABILITY_APIS.join('|');
/**
 * Property access of a guarded API — a call, or an alias for one: `x.getLocation`, `x["getLocation"]`.
 * DOTTED runs on the code mask only, so a dot inside a literal (the audit catalogs' key
 * `"oidc.authorize"`, an `action:"x.getLocation"`) is text, never an access: no exception needed.
 */
const DOTTED = new RegExp(`\\.\\s*(${NAMES})(?![\\w$])`, 'g');
const COMPUTED = new RegExp(`[\\w$)\\]]\\s*\\[\\s*(["'\`])(${NAMES})\\1\\s*\\]`, 'g');

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) return jsFiles(full);
    return entry.endsWith('.js') ? [full] : [];
  });
}

export function ownerOf(source: string | null, root: string): string {
  if (source === null) return 'unmapped';
  const modules = source.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = source.slice(modules + '/node_modules/'.length).split('/');
    return `vendor ${rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (source.startsWith(`${root}/`)) return relative(root, source).split(sep).join('/');
  // Taro's generated entry wrappers: `webpack://<project>/./src/app.tsx?60d2`.
  const generated = /^webpack:\/\/[^/]+\/\.\/([^?]+)/.exec(source);
  if (generated) return generated[1] as string;
  return `vendor ${source}`;
}

export function isAllowed(ref: Pick<BundleReference, 'file' | 'owner' | 'api'>): boolean {
  if (ref.owner.startsWith('vendor '))
    return VENDOR_ALLOWED.some((v) => v.file.test(ref.file) && v.owner.test(ref.owner) && v.apis.includes(ref.api));
  if (ref.owner === 'unmapped') return false;
  return ALLOWED.some((allowed) => allowed.test(ref.owner)) || (EXCEPTIONS[ref.owner]?.includes(ref.api) ?? false);
}

/**
 * Taro puts `require("…sub-common/….js");` statements in front of a subpackage page's code after
 * the source map was made: their length shifts the first line's columns.
 */
export function prependedLength(code: string): number {
  const strict = code.startsWith('"use strict";') ? '"use strict";'.length : 0;
  const requires = /^(?:require\("[^"]*"\);)+/.exec(code.slice(strict));
  return requires ? (requires[0] as string).length : 0;
}

/** Every guarded-API reference in one JS file, with its owner from the file's source map. */
export function scanBundleFile(file: string, code: string, map: RawSourceMap | null, root: string): BundleReference[] {
  const mappings = map ? decodeMappings(map.mappings) : [];
  const shift = prependedLength(code);
  const masked = codeMask(code);
  if (masked.length !== code.length) throw new Error(`code mask of ${file} lost its alignment`);
  const hits: { index: number; api: string }[] = [];
  for (const m of masked.matchAll(DOTTED))
    hits.push({ index: (m.index ?? 0) + m[0].length - (m[1] as string).length, api: m[1] as string });
  for (const m of code.matchAll(COMPUTED)) {
    const bracket = (m.index ?? 0) + m[0].indexOf('[');
    const quote = (m.index ?? 0) + m[0].indexOf(m[1] as string, m[0].indexOf('['));
    // Both the bracket and the opening quote are code, not the inside of some other literal.
    if (masked[bracket] === '[' && masked[quote] === m[1]) hits.push({ index: quote + 1, api: m[2] as string });
  }
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  return hits
    .sort((a, b) => a.index - b.index)
    .map(({ index, api }) => {
      let line = lineStarts.length - 1;
      while ((lineStarts[line] as number) > index) line -= 1;
      let column = index - (lineStarts[line] as number);
      if (line === 0 && shift > 0) column = column >= shift ? column - shift : -1;
      const source = map && column >= 0 ? sourceAt(mappings, map.sources, line, column) : null;
      return { file, line: line + 1, column, api, owner: ownerOf(source, root) };
    });
}

/** A subpackage's copy of a sub-common chunk has the map of the root chunk it was copied from. */
export function mapPathFor(mapsDir: string, file: string): string {
  const subCommon = /^packages\/.+?\/(sub-common\/[^/]+\.js)$/.exec(file);
  return join(mapsDir, `${subCommon ? subCommon[1] : file}.map`);
}

function mapFor(mapsDir: string, file: string): RawSourceMap | null {
  try {
    return JSON.parse(readFileSync(mapPathFor(mapsDir, file), 'utf8')) as RawSourceMap;
  } catch {
    return null;
  }
}

/** Every reference in a weapp build; `violations` are those outside the permission boundary. */
export function scanBundle(weappDir: string, mapsDir: string, root: string) {
  const references = jsFiles(weappDir).flatMap((full) => {
    const file = relative(weappDir, full).split(sep).join('/');
    return scanBundleFile(file, readFileSync(full, 'utf8'), mapFor(mapsDir, file), root);
  });
  return { references, violations: references.filter((ref) => !isAllowed(ref)) };
}
