/**
 * Which cloud-call APIs a bundle really calls, from esbuild's metafile: an infra module that calls
 * `cloud.openapi.*` exports `OPENAPI_CALLS = ['category.method', …]` next to the call. The bundle
 * calls the union over the modules it includes; its config.json `permissions.openapi` must list
 * exactly those (a missing one is -604101 in WeChat; an extra one is a permission nobody uses).
 */
import { readFileSync } from 'node:fs';

const DECLARATION = /export const OPENAPI_CALLS\s*=\s*\[([^\]]*)\]/;
const SDK_CALL = /\bcloud\.openapi\.[A-Za-z]+\.[A-Za-z]+/;

/** The APIs a source file says it calls; throws when it calls openapi without saying which. */
export function openApiCallsIn(file: string, source: string): string[] {
  const m = DECLARATION.exec(source);
  if (!m) {
    if (SDK_CALL.test(source)) throw new Error(`${file} calls cloud.openapi.* but exports no OPENAPI_CALLS`);
    return [];
  }
  return [...(m[1] ?? '').matchAll(/'([^']+)'|"([^"]+)"/g)].map((x) => x[1] ?? x[2] ?? '');
}

/** The APIs a bundle calls, given the source files esbuild put in it (metafile `inputs`). */
export function bundleOpenApiCalls(inputs: readonly string[], read = (f: string) => readFileSync(f, 'utf8')): string[] {
  const calls = new Set<string>();
  for (const file of inputs) {
    if (file.includes('node_modules/') || !/\.tsx?$/.test(file)) continue;
    for (const api of openApiCallsIn(file, read(file))) calls.add(api);
  }
  return [...calls].sort();
}

/** Problems with a function's declaration, each naming the function and the API. */
export function permissionProblems(fn: string, calls: readonly string[], declared: readonly string[]): string[] {
  const problems: string[] = [];
  for (const api of calls)
    if (!declared.includes(api))
      problems.push(
        `${fn}: calls ${api} but cloudfunctions/${fn}/config.json permissions.openapi does not declare it (WeChat answers -604101)`,
      );
  for (const api of declared)
    if (!calls.includes(api))
      problems.push(
        `${fn}: cloudfunctions/${fn}/config.json permissions.openapi declares ${api}, which the bundle never calls`,
      );
  return problems;
}
