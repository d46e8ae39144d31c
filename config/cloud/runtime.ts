/**
 * The CloudBase runtime every cloud function is created with, declared once: the build targets it
 * (esbuild `target`, package.json `engines`) and each bundle checks at load that it got it.
 * Nodejs18.15 is the oldest CloudBase Node.js runtime with global `fetch` and
 * `AbortSignal.timeout`, which the functions use (docs.cloudbase.net/cloud-function/runtime-support
 * lists 26.x, 24.11, 22.21, 20.19, 18.15, 16.13). It is chosen when a function is created in
 * WeChat DevTools and cannot be changed afterwards.
 */
export const CLOUD_RUNTIME = {
  /** The name CloudBase and DevTools use. */
  name: 'Nodejs18.15',
  /** What esbuild compiles for. */
  esbuildTarget: 'node18',
  /** package.json `engines.node` of each bundle. */
  engines: '>=18.15',
} as const;
