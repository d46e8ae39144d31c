/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

/** True only in H5 builds made for the automator bridge (QYB_E2E_HOOKS=1). */
declare const __QYB_E2E_HOOKS__: boolean;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    NODE_ENV: 'development' | 'production' | 'test';
  }
}
