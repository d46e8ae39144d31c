import capabilityApis from '../../../config/capability-apis.json';

/**
 * Finds references to the device-capability APIs of privacy policy §3.3 in source text. Only the
 * permissions module and the wx API table (wx-api.ts, with wx-api-on-demand.ts for the entries the
 * browser build loads after the first screen) may name them; app.config.ts may name the location APIs
 * in `requiredPrivateInfos` (checked against the catalog elsewhere).
 */
/** One list for this scanner and the ESLint rule (eslint.config.mjs). */
export const CAPABILITY_APIS: readonly string[] = capabilityApis;

export const ALLOWED = [
  /^src\/platform\/permissions\//,
  /^src\/platform\/wx-api(-on-demand)?\.ts$/,
  /^src\/app\.config\.ts$/,
];

/**
 * Narrow exceptions, each one file and the APIs it may name. device.ts reads the model and system
 * (no identifier) for the consent record; that is device metadata, not the Android phone-state
 * permission, which a mini-program cannot have.
 */
export const EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  'src/platform/device.ts': ['getDeviceInfo'],
};

export interface Violation {
  path: string;
  line: number;
  api: string;
}

const NAMES = CAPABILITY_APIS.join('|');
const PATTERN = new RegExp(`\\b(${NAMES})\\b`, 'g');
/** A literal that is exactly one API name may be a member key: `wxApi['chooseMedia']`, `const k = 'getLocation'`. */
const API_NAME = new RegExp(`^(?:${NAMES})$`);

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The code of a source file: comments blanked, and the insides of string and template literals
 * blanked (same length, line breaks kept) unless the literal is exactly an API name. Text is not a
 * call: the audit catalogs' key `'oidc.authorize'`, an `action: 'x.getLocation'`, a sentence that
 * names chooseImage. Code inside a template's `${…}` stays code. A quote does not run past the end
 * of its line (JS strings cannot), so a stray apostrophe in JSX text hides at most that line's rest.
 * Not the bundle's code mask (test/integration/weapp/code-mask.ts): that one also blanks regular
 * expression literals, which it tells by the character before a slash, and in TSX `</View>` and
 * `/>` would read as the start of one and hide real code.
 */
export function codeOnly(source: string): string {
  let out = '';
  let i = 0;
  /** Brace depth at which each open `${` of a template literal resumes the template. */
  const templates: number[] = [];
  let depth = 0;
  const template = (fresh: boolean) => {
    let text = '';
    while (i < source.length) {
      const c = source[i] as string;
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        out += `${fresh && API_NAME.test(text) ? text : blank(text)}\``;
        i += 1;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        out += `${blank(text)}\${`;
        i += 2;
        templates.push(depth);
        depth += 1;
        return;
      } else {
        text += c;
        i += 1;
      }
    }
    out += blank(text);
  };
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      j = Math.min(j, source.length);
      const body = source.slice(i + 1, j);
      out += c + (API_NAME.test(body) ? body : blank(body));
      i = j;
      if (source[i] === c) {
        out += c;
        i += 1;
      }
    } else if (c === '`') {
      out += c;
      i += 1;
      template(true);
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') {
        out += ' ';
        i += 1;
      }
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
    } else {
      if (c === '{') depth += 1;
      if (c === '}') depth -= 1;
      out += c;
      i += 1;
      if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        template(false);
      }
    }
  }
  return out;
}

export function scanSource(path: string, source: string): Violation[] {
  if (ALLOWED.some((allowed) => allowed.test(path))) return [];
  const violations: Violation[] = [];
  codeOnly(source)
    .split('\n')
    .forEach((text, index) => {
      for (const match of text.matchAll(PATTERN))
        if (!EXCEPTIONS[path]?.includes(match[1])) violations.push({ path, line: index + 1, api: match[1] });
    });
  return violations;
}
