// Taro's H5 runtime renders into jsdom only when it believes it runs on the web.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
Object.assign(globalThis, { __QYB_E2E_HOOKS__: false, DEPRECATED_ADAPTER_COMPONENT: false });
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('@tarojs/taro');
