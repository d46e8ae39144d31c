import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

interface LintMessage {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
}

/**
 * Lints a planted page through the project's own eslint.config.mjs. The CLI runs in its own
 * process because Jest's module system cannot load an ES-module config.
 */
function messages(code: string, filePath = 'src/pages/planted/index.tsx'): LintMessage[] {
  const eslint = spawnSync(
    process.execPath,
    [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(eslint.stdout) as { messages: LintMessage[] }[];
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax');
}

/** A planted page: line 3 opens the tree, so the n-th JSX line below sits on line 3 + n. */
const page = (...jsx: string[]) =>
  [
    "import { Image, Text, View } from '@tarojs/components';",
    'const go = () => undefined;',
    'export const Planted = () => (<View>',
    ...jsx,
    '</View>);',
    '',
  ].join('\n');

describe('eslint.config.mjs', () => {
  describe('a clickable View, Text or Image needs a role', () => {
    it('when a View, a Text and an Image take taps with no role: flags each, saying why', () => {
      const found = messages(
        page('<View onClick={go}>a</View>', '<Text onClick={go}>b</Text>', '<Image src="" onClick={go} />'),
      );
      expect(found.map((m) => m.line)).toEqual([4, 5, 6]);
      expect(found[0].message).toMatch(/screen readers.*tap-size check/);
    });

    it('when each carries a role: passes', () => {
      const found = messages(
        page(
          '<View role="link" onClick={go}>a</View>',
          '<Text role="button" onClick={go}>b</Text>',
          '<Image role="button" src="" onClick={go} />',
        ),
      );
      expect(found).toEqual([]);
    });

    it('when a View only lays out (no onClick), or a role-less one is among roled ones: flags only the bare one', () => {
      const found = messages(
        page(
          '<View className="card">a</View>',
          '<View role="tab" onClick={go}>b</View>',
          '<View onClick={go}>c</View>',
        ),
      );
      expect(found.map((m) => m.line)).toEqual([6]);
    });
  });
});
