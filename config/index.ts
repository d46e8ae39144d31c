import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * Shared TypeScript outside src/ that the app imports: the generated policies and the reader of their
 * compact form, the contract, and the retention table the privacy center shows (with the collection
 * names it is keyed by).
 */
const sharedSources = [
  path.resolve(__dirname, '..', 'policies', 'generated'),
  path.resolve(__dirname, '..', 'policies', 'compact.ts'),
  path.resolve(__dirname, '..', 'cloudfunctions', 'lib', 'contract'),
  path.resolve(__dirname, 'retention.ts'),
  path.resolve(__dirname, 'cloud', 'collections.ts'),
];

const e2eHooks = process.env.QYB_E2E_HOOKS === '1';

/**
 * H5: the agreement's first screen for the page template (scripts/build/first-screen.ts, run by tsx:
 * Taro compiles config/'s files only, not the app's TypeScript it is made from).
 */
function firstScreen(): { qybElementStyles: string; qybFirstScreen: string } {
  const out = execFileSync(
    process.execPath,
    [
      require.resolve('tsx/cli'),
      path.resolve(__dirname, '..', 'scripts', 'build', 'first-screen.ts'),
      ...(e2eHooks ? ['--with-fixtures'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const { elementStyles, markup } = JSON.parse(out) as { elementStyles: string; markup: string };
  return { qybElementStyles: elementStyles, qybFirstScreen: markup };
}

/** H5: the lazy `platform` (config/h5/lazy-platform.js). */
const lazyPlatform = path.resolve(__dirname, 'h5', 'lazy-platform.js');
/** H5: `@tarojs/components` one module per component (config/h5/components/index.js). */
const h5Components = path.resolve(__dirname, 'h5', 'components');

/** H5: the first screen of a first launch, whose modules travel in one chunk (h5.webpackChain). */
const agreementPage = path.resolve(__dirname, '..', 'src', 'pages', 'agreement', 'index.tsx');
/** As much of webpack's ChunkGraph as the agreement's cache group reads. */
interface ChunkGraph {
  getModuleChunks(module: unknown): Iterable<unknown>;
  getChunkModules(chunk: unknown): { resource?: string }[];
}

/**
 * The e2e build alone reads the policies with test fixtures (a second agreement version to publish;
 * `build:policies -- --with-fixtures`), like the functions it runs with. No other build sees them.
 */
const fixturePolicies = path.resolve(__dirname, '..', 'test', 'fixtures', 'policies', 'generated');

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
    // WeChat templates cannot recurse, so Taro writes one copy of every component template per
    // nesting level into base.wxml; past `baseLevel` it continues through its `comp` component, which
    // starts again at level 0 (Taro's packages/shared/src/template.ts: tmplN nests comp, comp nests
    // tmpl0). Views count every level, text and scroll-view only their own kind's nesting
    // (dist/weapp/utils.wxs); levels 0 to baseLevel - 2 are templates. 4 keeps base.wxml at 24 KB
    // (8: 38 KB, 16: 58 KB; main-package budget): the agreement's clauses stay in templates (screen >
    // scroll region > clause > text: the policy view adds no wrapper of its own); deeper views, in
    // subpackage screens mostly, pay one component boundary.
    baseLevel: 4,
    // The outside platforms' callback page (web/linked-callback.html): the H5 build serves it from its
    // own origin; for the mini-program it is deployed to a business domain (README, 关联账号). The
    // browser tab's icon too (index.html names it; without one every launch asked for a missing
    // /favicon.ico).
    copy: {
      patterns:
        process.env.TARO_ENV === 'h5'
          ? ['linked-callback.html', 'favicon.svg'].map((file) => ({
              from: `web/${file}`,
              to: `dist/h5${e2eHooks ? '-e2e' : ''}/${file}`,
            }))
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's mini-program terser options write every non-ASCII character as a \\uXXXX escape (6
    // bytes; a Chinese character is 3 in UTF-8, the encoding WeChat DevTools requires of package
    // files). The policies and catalogs are mostly Chinese: plain UTF-8 takes ~64 KB off the weapp
    // main package (test/bench/package-size.ts). H5's terser already writes UTF-8 (index.html declares
    // it). Terser still escapes U+2028/U+2029.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    // The e2e build (never shipped) is minified by esbuild instead: terser was 20 of its 54 CPU-s
    // here, and esbuild's output is 15 % larger, which only the local bridge serves (issue 18: npm
    // test waits for this build). Babel has already compiled to the browsers' targets; es2017 keeps
    // esbuild from writing newer syntax than Babel's output.
    ...(e2eHooks
      ? { jsMinimizer: 'esbuild' as const, esbuild: { minify: { enable: true, config: { target: 'es2017' } } } }
      : {}),
    mini: {
      // valibot ships ES2020 (?. and ??), newer than iOS 13.0's engine, the lowest the base library
      // runs on (babel.config.js; test/integration/weapp/js-targets.test.ts): Taro compiles it as src/.
      compile: { include: [...sharedSources, path.resolve(__dirname, '..', 'node_modules', 'valibot')] },
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
        // The mini-program runs in WeChat's own renderers (WKWebView on iOS, WeChat's Chromium-based
        // XWeb on Android), which take flexbox unprefixed from iOS 9 and Android 5 on; a floor of
        // iOS 10 / Android 5 is below any system current WeChat installs on. The package.json list
        // (Android 4.1, iOS 8) stays for H5, opened in any browser; here it only added -webkit-
        // copies of every flex rule (2.6 KB of the main package).
        autoprefixer: { enable: true, config: { overrideBrowserslist: ['iOS >= 10', 'Android >= 5'] } },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      // Taro splits only the initial chunk, so every page chunk carried its own copy of the code
      // pages share (the policy documents, the cloud client, the catalog): the agreement alone
      // re-downloaded ~60 KB the home page had just loaded. Shared modules of async page chunks go
      // into shared chunks, downloaded once.
      // The agreement, the first screen of a first launch, is the exception: everything its page
      // needs beyond the entry is one chunk (`agreement`, ~30 KB, and its one stylesheet), not the
      // four shared chunks and a stylesheet it was cut into, each a script element, a request and a
      // callback before the first text (issue 18: 790 vs 841 ms to the first text at a 4× CPU
      // throttle, median of 11 traced launches; the untraced bench's run-to-run spread is wider
      // than that gain). Almost every other page loads that chunk too, for the modules it shares.
      // The e2e build alone also reads test fixture policy versions (a second version to publish).
      webpackChain(chain, webpack) {
        const splitChunks = chain.optimization.get('splitChunks') as { cacheGroups?: Record<string, unknown> } | false;
        if (splitChunks) {
          chain.optimization.splitChunks({
            ...splitChunks,
            cacheGroups: {
              ...splitChunks.cacheGroups,
              pagesShared: { chunks: 'async', minChunks: 2, minSize: 10_000, priority: 5, reuseExistingChunk: true },
              agreement: {
                chunks: 'async',
                test: (module: unknown, { chunkGraph }: { chunkGraph: ChunkGraph }) =>
                  [...chunkGraph.getModuleChunks(module)].some((chunk) =>
                    chunkGraph.getChunkModules(chunk).some((m) => m.resource === agreementPage),
                  ),
                name: 'agreement',
                minChunks: 1,
                minSize: 0,
                priority: 20,
                enforce: true,
              },
            },
          });
        }
        // Each Taro component its own module (config/h5/components), taken as side-effect free by webpack:
        // a page's chunks hold, and define, only the components it names (issue 18).
        chain.resolve.alias.set('@tarojs/components$', path.join(h5Components, 'index.js'));
        chain.module.rule('h5-components').test(h5Components).set('sideEffects', false);
        chain.resolve.alias.set('@tarojs/components/dist/components$', path.join(h5Components, 'no-pull-down.js'));
        // The agreement page stays in its own chunk: shipped in the entry chunk (so its first render
        // waits for no fetch after app.js) it measured 1.24–1.29× the hello-world on an idle machine,
        // against 1.14–1.21× without (bench first-screen, 2 runs each, 2026-12-03): a larger app.js
        // costs more than the chunk's round trip saves.
        chain.plugin('lazy-platform').use(webpack.NormalModuleReplacementPlugin, [/^platform$/, lazyPlatform]);
        if (!e2eHooks) return;
        chain
          .plugin('e2e-fixture-policies')
          .use(webpack.NormalModuleReplacementPlugin, [/policies[\\/]generated$/, `${fixturePolicies}/index.ts`]);
        chain
          .plugin('e2e-fixture-launch-policies')
          .use(webpack.NormalModuleReplacementPlugin, [
            /policies[\\/]generated[\\/]launch$/,
            `${fixturePolicies}/launch.ts`,
          ]);
      },
      publicPath: '/',
      // The agreement's first screen, prerendered for a first launch (src/features/consent/first-screen-html.ts):
      // the elements' own styles in the head, the screen and its script in the body (src/index.html).
      htmlPluginOption: process.env.TARO_ENV === 'h5' ? firstScreen() : {},
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: e2eHooks ? [...sharedSources, fixturePolicies] : sharedSources },
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
