/** One Jest run, four projects: unit and ui are pure; integration and e2e use the local cloud. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
];

const base = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    { ...base, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testEnvironmentOptions: { customExportConditions: ['require', 'default'] },
      testMatch: ['<rootDir>/test/unit/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/support/taro-h5-setup.ts'],
      transformIgnorePatterns: [
        '^(?!.*/node_modules/(@tarojs|@stencil|stencil|query-string|decode-uri-component|split-on-first|filter-obj|lodash-es|swiper|dom7|ssr-window|hls.js|weui|classnames|resolve-pathname|history)/).*/node_modules/',
      ],
      moduleNameMapper: {
        '\\.(css|scss|less)$': '<rootDir>/test/support/style-stub.js',
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/support/taro-h5.ts',
      },
    },
    {
      ...base,
      displayName: 'integration',
      // Node's, with the worker's warm function instances (test/support/integration-environment.ts);
      // the global setup makes the run's keys, the same in every file (integration-baseline.ts).
      testEnvironment: '<rootDir>/test/support/integration-environment.ts',
      globalSetup: '<rootDir>/test/support/integration-global-setup.ts',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/integration-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-timeout.ts'],
      // jose, openid-client and oauth4webapi ship ESM only: compiled to CommonJS like the tests.
      transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi)/)'],
    },
    {
      ...base,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.spec.ts'],
      // One bridge (local cloud + Chromium) for the whole run; each connection has a context of its own
      // (bridge/context-pool.ts).
      globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
    },
  ],
};
