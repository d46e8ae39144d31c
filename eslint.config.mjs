import { readFileSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const noDeviceApis = {
  paths: [
    {
      name: '@tarojs/taro',
      importNames: ['default'],
      message: 'Device and cloud APIs are reached only through src/platform or src/services.',
    },
    { name: 'wx-server-sdk', message: 'The mini-program never touches the cloud SDK.' },
    {
      // Taro H5 renders `disabled={false}` as disabled="false", which WeUI styles as disabled.
      name: '@tarojs/components',
      importNames: ['Button'],
      message: 'Use AppButton from src/components/app-button: it owns the disabled, loading and tap-size rules.',
    },
    {
      // Issue 20: three input styles, some with no border or placeholder.
      name: '@tarojs/components',
      importNames: ['Input', 'Textarea'],
      message: 'Use TextField from src/components/text-field: one field style with label, placeholder and error.',
    },
  ],
};
/** The one place that draws a text field may import Taro's Input and Textarea. */
const textFieldImports = { paths: noDeviceApis.paths.filter((p) => !p.importNames?.includes('Input')) };

/**
 * Issue 20: a tappable View, Text or Image without a role reads as plain text to a screen reader,
 * and the e2e tap-size check (test/e2e/support/screen-checks.ts) finds controls by role, so it
 * never measures one. Links navigate, buttons act; checkbox, radio, tab and switch say their state.
 */
export const clickableNeedsRole = {
  selector:
    "JSXOpeningElement[name.name=/^(View|Text|Image)$/]:has(JSXAttribute[name.name='onClick']):not(:has(JSXAttribute[name.name='role']))",
  message:
    'A clickable View, Text or Image needs a role (link, button, checkbox, radio, tab, switch): screen readers announce it and the e2e tap-size check measures it by role.',
};

/** Device capabilities (privacy policy §3.3): only src/platform/permissions may name these APIs. */
const capabilityApis = JSON.parse(readFileSync(new URL('./config/capability-apis.json', import.meta.url), 'utf8'));
const noCapabilityApis = (allowed = []) => [
  'error',
  ...capabilityApis
    .filter((property) => !allowed.includes(property))
    .map((property) => ({
      property,
      message: 'Device capabilities are reached only through src/platform/permissions.',
    })),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.data/**',
      '.taro-cache/**',
      'policies/generated/**',
      'test/fixtures/policies/generated/**',
      'coverage/**',
      'test-results/**',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // The only files that may hold the Taro API object: the wx API table, routing params, wx.cloud.
    ignores: [
      'src/platform/wx-api.ts',
      'src/platform/wx-api-on-demand.ts',
      'src/platform/navigation.ts',
      'src/services/cloud/weapp-transport.ts',
      'src/services/cloud/weapp-upload.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', noDeviceApis],
      'no-restricted-globals': ['error', { name: 'wx', message: 'Use src/platform.' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', clickableNeedsRole] },
  },
  {
    files: ['src/components/text-field/**'],
    rules: { 'no-restricted-imports': ['error', textFieldImports] },
  },
  {
    files: ['cloudfunctions/lib/**/*.ts'],
    ignores: ['cloudfunctions/lib/infra/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'wx-server-sdk',
              message: 'Domain code in cloudfunctions/lib never imports wx-server-sdk; use lib/infra.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/platform/permissions/**',
      'src/platform/wx-api.ts',
      'src/platform/wx-api-on-demand.ts',
      'src/platform/device.ts',
    ],
    rules: { 'no-restricted-properties': noCapabilityApis() },
  },
  {
    files: ['src/platform/device.ts'],
    rules: { 'no-restricted-properties': noCapabilityApis(['getDeviceInfo']) },
  },
);
