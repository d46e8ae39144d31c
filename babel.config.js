// Taro compiles src/ with this; Jest uses @swc/jest instead (see jest.config.js).
const { getBrowsersList } = require('miniprogram-compat');

/**
 * The lowest WeChat base library the mini-program runs on: set as 基础库最低版本 in the admin console
 * (README, "Open it in WeChat DevTools and deploy"); WeChat asks people on older clients to update.
 */
const MIN_BASE_LIBRARY = '3.0.0';

/**
 * The weapp build transforms JavaScript only as far as that library's engines need: WeChat's own
 * compatibility data (miniprogram-compat; the JavaScript 支持情况 page names it as the way to choose
 * transform targets, developers.weixin.qq.com/miniprogram/dev/framework/runtime/js-support.html).
 * For 3.0.0 that is iOS 13 and Chrome 86, which run async/await, classes and generators natively:
 * no ES5 state machines and no regenerator-runtime (main package 399.9 → 374.5 KB). H5 keeps
 * package.json's browserslist.
 */
const weappTargets = process.env.TARO_ENV === 'weapp' ? { targets: getBrowsersList(MIN_BASE_LIBRARY) } : {};

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...weappTargets }]],
};
