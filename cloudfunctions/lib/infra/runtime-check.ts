/**
 * Imported first by every function entry: fails the instance at load, with a message an operator
 * can act on, when the function was created with an older runtime than it is built for (CloudBase
 * cannot change a function's runtime later; the function must be re-created). Without this, the
 * first `fetch` would fail deep inside a request with "fetch is not defined".
 */
import { CLOUD_RUNTIME } from '../../../config/cloud/runtime';

export interface RuntimeGlobals {
  fetch?: unknown;
  AbortSignal?: { timeout?: unknown };
}

/** What the bundle needs that the runtime lacks (empty when all is there). */
export function missingRuntimeFeatures(g: RuntimeGlobals): string[] {
  const missing: string[] = [];
  if (typeof g.fetch !== 'function') missing.push('fetch');
  if (typeof g.AbortSignal?.timeout !== 'function') missing.push('AbortSignal.timeout');
  return missing;
}

export function assertRuntime(g: RuntimeGlobals, nodeVersion: string): void {
  const missing = missingRuntimeFeatures(g);
  if (missing.length === 0) return;
  throw new Error(
    `云函数运行环境过旧（Node.js ${nodeVersion}，缺少 ${missing.join('、')}）：请在微信开发者工具中以 ` +
      `${CLOUD_RUNTIME.name} 运行环境重新创建此云函数（运行环境创建后不可修改）。` +
      ` / This cloud function runs on Node.js ${nodeVersion}, which lacks ${missing.join(', ')}: ` +
      `re-create it with the ${CLOUD_RUNTIME.name} runtime (a function's runtime cannot be changed after creation).`,
  );
}

assertRuntime(globalThis as RuntimeGlobals, process.version);
