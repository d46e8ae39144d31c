import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import path from 'node:path';
import devConfig from './dev';
import prodConfig from './prod';

/** Shared TypeScript outside src/ that the app imports: the generated policies and the contract. */
const sharedSources = [
  path.resolve(__dirname, '..', 'policies', 'generated'),
  path.resolve(__dirname, '..', 'cloudfunctions', 'lib', 'contract'),
];

const e2eHooks = process.env.QYB_E2E_HOOKS === '1';

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'qinyiban',
    date: '2026-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // The e2e build (with the automator hook) never overwrites the real one.
    outputRoot: `dist/${process.env.TARO_ENV}${e2eHooks ? '-e2e' : ''}`,
    plugins: [],
    defineConstants: {
      'process.env.QYB_CLOUD_ENV': JSON.stringify(process.env.QYB_CLOUD_ENV ?? ''),
      // The automator bridge hook exists only in builds made for e2e tests.
      __QYB_E2E_HOOKS__: JSON.stringify(e2eHooks),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: sharedSources },
      // Hidden source maps, written beside the package (not in it; the shipped JS is unchanged): the
      // bundle boundary check (test/integration/weapp/capability-bundle.test.ts) maps every
      // capability API call in dist/weapp back to the source module it came from.
      webpackChain(chain) {
        if (process.env.NODE_ENV === 'development') return;
        chain.devtool('hidden-source-map');
        chain.output.sourceMapFilename('../weapp-sourcemaps/[file].map');
        chain.output.devtoolModuleFilenameTemplate('[absolute-resource-path]');
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: sharedSources },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
