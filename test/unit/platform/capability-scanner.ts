import capabilityApis from '../../../config/capability-apis.json';

/**
 * Finds references to the device-capability APIs of privacy policy §3.3 in source text. Only the
 * permissions module and the wx API table may name them; app.config.ts may name the location APIs
 * in `requiredPrivateInfos` (checked against the catalog elsewhere).
 */
/** One list for this scanner and the ESLint rule (eslint.config.mjs). */
export const CAPABILITY_APIS: readonly string[] = capabilityApis;

export const ALLOWED = [/^src\/platform\/permissions\//, /^src\/platform\/wx-api\.ts$/, /^src\/app\.config\.ts$/];

/**
 * Narrow exceptions, each one file and the APIs it may name. device.ts reads the model and system
 * (no identifier) for the consent record; that is device metadata, not the Android phone-state
 * permission, which a mini-program cannot have.
 */
export const EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  'src/platform/device.ts': ['getDeviceInfo'],
  // The audit screen's catalogs name the audited action `oidc.authorize` (a string key, no call).
  'src/i18n/zh-CN-audit.ts': ['authorize'],
  'src/i18n/zh-MO-audit.ts': ['authorize'],
  'src/i18n/en-audit.ts': ['authorize'],
  'src/i18n/pt-PT-audit.ts': ['authorize'],
};

export interface Violation {
  path: string;
  line: number;
  api: string;
}

/** Blanks out comments (keeping line breaks and string contents) so prose does not count. */
export function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i += 1;
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i += 1;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      out += c;
      i += 1;
    }
  }
  return out;
}

const PATTERN = new RegExp(`\\b(${CAPABILITY_APIS.join('|')})\\b`, 'g');

export function scanSource(path: string, source: string): Violation[] {
  if (ALLOWED.some((allowed) => allowed.test(path))) return [];
  const violations: Violation[] = [];
  withoutComments(source)
    .split('\n')
    .forEach((text, index) => {
      for (const match of text.matchAll(PATTERN))
        if (!EXCEPTIONS[path]?.includes(match[1])) violations.push({ path, line: index + 1, api: match[1] });
    });
  return violations;
}
