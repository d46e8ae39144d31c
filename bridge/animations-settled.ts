/**
 * A page-side expression, true once no finite CSS animation or transition runs (Taro H5 slides a new
 * page in for about 300 ms); infinite ones (a loading shimmer) do not count. A string, not a
 * function: a compiler's helpers around a function would not exist in the page. The screenshot
 * (methods/app.ts) and the e2e screen checks (test/e2e/support/screen-checks.ts) both wait for it.
 */
export const ANIMATIONS_SETTLED = `document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)`;
