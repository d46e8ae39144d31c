/**
 * Where a function runs: in the local cloud (`localcloud/`, npm start and the tests) or anywhere
 * else, which counts as production. Stand-ins and placeholder ids are allowed only in the first.
 *
 * The local cloud is recognised by the backend the SDK talks to, not by a flag an operator could
 * set: each of its workers gets `TCB_CONTEXT_CNFG={"URL":"http://127.0.0.1:<port>/tcb"}`, a
 * loopback service URL, and @cloudbase/node-sdk sends every call there (getServerInjectUrl).
 * Real CloudBase never points the SDK at loopback: a function configured so would reach no
 * database at all. Second signal: SCF injects `TENCENTCLOUD_RUNENV=SCF` into every function
 * (docs.cloudbase.net/cloud-function/function-configuration/env, 已内置环境变量; the SDK's own
 * checkIsInScf reads it), and keys starting with `TENCENTCLOUD_` or `SCF_` are reserved, so an
 * operator can neither set nor remove it. The local cloud never sets it.
 */
export type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

/** The service URL the SDK is redirected to (`TCB_CONTEXT_CNFG.URL`), or null when there is none. */
export function sdkServiceUrl(env: Env): string | null {
  const raw = env.TCB_CONTEXT_CNFG;
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    const url = typeof parsed === 'object' && parsed !== null ? (parsed as { URL?: unknown }).URL : undefined;
    return typeof url === 'string' && url !== '' ? url : null;
  } catch {
    return null;
  }
}

export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** True only inside the local cloud: the SDK's backend is loopback and SCF's own marker is absent. */
export function isLocalTwin(env: Env): boolean {
  if (env.TENCENTCLOUD_RUNENV === 'SCF') return false;
  const url = sdkServiceUrl(env);
  return url !== null && isLoopbackUrl(url);
}

/** A setting that only the local cloud may use, refused when the function loads anywhere else. */
export class LocalOnlySettingError extends Error {
  readonly code = 'DEPLOYMENT.LOCAL_ONLY';

  constructor(
    readonly setting: string,
    advice = '请在云开发控制台的函数环境变量中删除它或改为正式配置。',
  ) {
    super(
      `${setting} 只用于本地开发（本地云 localcloud）；本函数不在本地云中运行` +
        `（TCB_CONTEXT_CNFG 的服务地址不是本机回环地址，或 TENCENTCLOUD_RUNENV=SCF），拒绝启动。${advice}`,
    );
    this.name = 'LocalOnlySettingError';
  }
}

/** Throws unless this is the local cloud; `setting` names the variable and value, e.g. `QYB_CHANNELS=local-stand-in`. */
export function requireLocalTwin(env: Env, setting: string): void {
  if (!isLocalTwin(env)) throw new LocalOnlySettingError(setting);
}
