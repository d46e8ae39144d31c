/**
 * The compile settings the mini-program is uploaded with (scripts/deploy/miniprogram-ci-target.ts)
 * and checked with before that (scripts/weapp/verify.ts): one object, so the check compiles exactly
 * what the upload will. Keys as miniprogram-ci's README (编译设置) defines them.
 * - `es6`/`es7` off: Taro already outputs the ES5 the base library targets (project.config.json
 *   `setting.es6: false`, like WeChat DevTools' "将 JS 编译为 ES5" off).
 * - `minifyJS` off: Taro's terser has already minified every script (config/index.ts, UTF-8
 *   output); WeChat's second pass saved 0.2 % (2,122,079 → 2,117,408 bytes, measured 2026-12-03)
 *   and cost about a minute of the check and of each upload.
 * - WXML and WXSS are minified at upload: Taro leaves them readable.
 */
export const UPLOAD_SETTING = {
  es6: false,
  es7: false,
  minifyJS: false,
  minifyWXML: true,
  minifyWXSS: true,
} as const;
