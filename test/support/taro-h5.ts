/**
 * Taro's H5 build rewrites `Taro.x()` calls to named imports at compile time; Jest does not run
 * that Babel plugin, so tests get a default export that carries every H5 API.
 */
import { useEffect } from 'react';
import * as h5 from '@tarojs/plugin-platform-h5/dist/runtime/apis/index.js';

const taro = { ...(h5 as unknown as { default: object }).default, ...h5 };
export default taro;
export * from '@tarojs/plugin-platform-h5/dist/runtime/apis/index.js';

/**
 * Taro's page lifecycle hooks come from the framework runtime, which needs a mounted Taro page; a
 * component rendered alone in a test is a page shown once, on mount, and never hidden (a test that
 * needs more mocks '@tarojs/taro' itself).
 */
export function useDidShow(onShow: () => void): void {
  useEffect(() => onShow(), []);
}

export function useDidHide(_onHide: () => void): void {}
