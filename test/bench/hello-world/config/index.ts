import { defineConfig, type UserConfigExport } from '@tarojs/cli';

/**
 * The yardstick of DESIGN §6: a Taro 4 React hello-world built with the same runner, framework,
 * mode and weapp template depth as the app, so package size and time-to-interactive are compared
 * like for like (`npm run bench`).
 */
export default defineConfig<'webpack5'>(() => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'hello-world',
    date: '2026-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `../../../dist/bench-hello-world/${process.env.TARO_ENV}`,
    plugins: [],
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    baseLevel: 8,
    h5: { publicPath: '/', staticDirectory: 'static', router: { mode: 'hash' } },
  };
  return config;
});
