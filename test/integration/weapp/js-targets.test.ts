/**
 * The weapp build is transformed for the engines of the lowest base library it runs on (babel.config.js:
 * 3.0.0, WeChat's miniprogram-compat data: iOS 13, Chrome 86), checked on dist/weapp itself:
 * - every script parses as ES2019, the last edition iOS 13.0's JavaScriptCore runs whole (optional
 *   chaining and ?? came with iOS 13.4, so they must still be transformed);
 * - async functions stay native, and no regenerator-runtime is shipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';
import { getBrowsersList } from 'miniprogram-compat';
import { requireBuilt } from '../../support/require-build';

const built = resolve(__dirname, '../../..', 'dist', 'weapp');

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

describe('the weapp build for base library 3.0.0', () => {
  beforeAll(() => requireBuilt(['dist/weapp/app.js', 'dist/weapp/common.js'], 'npm run build:weapp'));

  it("targets the engines WeChat's own data gives for that library", () => {
    expect(getBrowsersList('3.0.0')).toEqual(['ios 13', 'chrome 86']);
  });

  it('every script parses as ES2019 (nothing newer than iOS 13 runs)', () => {
    const files = scripts(built);
    expect(files.length).toBeGreaterThan(20);
    const failures = files.flatMap((file) => {
      try {
        parse(readFileSync(file, 'utf8'), { ecmaVersion: 2019, sourceType: 'script' });
        return [];
      } catch (error) {
        return [`${file.slice(built.length + 1)}: ${(error as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it('keeps async functions native and ships no regenerator-runtime', () => {
    const code = scripts(built).map((file) => readFileSync(file, 'utf8'));
    expect(code.some((text) => /\basync\s*(function\b|\(|[A-Za-z_$][\w$]*\s*=>)/.test(text))).toBe(true);
    expect(code.filter((text) => /regeneratorRuntime|regenerator-runtime/.test(text))).toEqual([]);
  });
});
