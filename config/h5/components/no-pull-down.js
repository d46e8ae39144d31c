/**
 * The H5 build's `@tarojs/components/dist/components` (config/index.ts): Taro's own, except that the
 * pull-down-refresh element Taro's H5 entry defines at start-up is not defined. No page enables pull-down
 * refresh (test/unit/config/h5/no-pull-down.test.ts holds every page config to that), so the element
 * was never made, yet defining it put Stencil's runtime in the entry chunk, parsed before the first
 * screen (issue 18). Pages that use a Stencil element (Input, Picker…) load the runtime with it.
 */
export * from '@tarojs/components/dist/components/index.js';

export function defineCustomElementTaroPullToRefreshCore() {}
