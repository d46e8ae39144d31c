/**
 * Runs `<functionsDir>/<name>/index.js` like CloudBase: a warm pool of worker processes per
 * function, one invocation at a time per worker, the caller's context in that invocation's
 * environment only, the function's timeout enforced by killing the instance.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '../tcb/action';
import { FunctionConfigError, readFunctionConfig, type FunctionConfig } from './function-config';
import type { FunctionLog } from './function-log';
import { FunctionWorker, type Outcome } from './function-worker';
import { WorkerPool } from './worker-pool';
import type { WarmInstances } from './warm-instances';
import type { InvocationContexts } from './invocation-context';

const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const CONTEXT_KEYS = 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP,WX_CLIENTIPV6,WX_API_TOKEN';

export interface RunnerOptions {
  functionsDir: string;
  /** The compiled worker (see worker-script.ts). */
  workerScript: string;
  serviceUrl: () => string;
  contexts: InvocationContexts;
  log: FunctionLog;
  maxWorkersPerFunction: number;
  /** One environment's own function variables, set for each of its invocations (LocalCloudOptions). */
  functionEnv?: (env: string) => Readonly<Record<string, string>>;
  /**
   * Where idle instances go when this runner stops, and where it looks before starting one
   * (warm-instances.ts; test files in one Jest worker). Without it they are stopped.
   */
  warmInstances?: WarmInstances;
}

export interface InvokeRequest {
  name: string;
  data: unknown;
  caller: Caller;
  env: string;
  requestId: string;
}

export type InvokeOutcome = Outcome | { ok: false; kind: 'not-found'; message: string };

export class FunctionRunner {
  private readonly pools = new Map<string, WorkerPool>();
  private readonly all = new Set<FunctionWorker>();

  constructor(private readonly opts: RunnerOptions) {}

  /** The instance's own variables but the address of this cloud (`target()`), which another cloud's differs in. */
  private baseEnv(): Record<string, string | undefined> {
    const env: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (!/^(WX_|TCB_|TENCENTCLOUD|SCF_|JEST_)/.test(k)) env[k] = v;
    }
    return {
      ...env,
      TENCENTCLOUD: 'true',
      SILENCE: 'true',
      TENCENTCLOUD_SECRETID: 'localcloud',
      TENCENTCLOUD_SECRETKEY: 'localcloud',
    };
  }

  /** Where the instance's SDK sends every call (@cloudbase/node-sdk getServerInjectUrl): this cloud. */
  private target(): Record<string, string> {
    return { TCB_CONTEXT_CNFG: JSON.stringify({ URL: this.opts.serviceUrl() }) };
  }

  /** Everything an instance is started with but the cloud's address: equal only for the same instance. */
  private signature(modulePath: string, version: number, memoryMb: number, env: Record<string, string | undefined>) {
    const entries = Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return createHash('sha256')
      .update(JSON.stringify([this.workerProgram(), modulePath, version, memoryMb, entries]))
      .digest('hex');
  }

  private program: string | undefined;
  /** The worker program's text (each cloud writes its own copy of it). */
  private workerProgram(): string {
    this.program ??= readFileSync(this.opts.workerScript, 'utf8');
    return this.program;
  }

  private pool(name: string, modulePath: string, dir: string): WorkerPool {
    const version = statSync(modulePath).mtimeMs;
    const current = this.pools.get(name);
    if (current && current.version === version) return current;
    current?.retire();
    const fresh = new WorkerPool(version, readFunctionConfig(dir), this.opts.maxWorkersPerFunction, (config) =>
      this.spawn(name, modulePath, version, config),
    );
    this.pools.set(name, fresh);
    return fresh;
  }

  private spawn(name: string, modulePath: string, version: number, config: FunctionConfig): FunctionWorker {
    const onLog = (requestId: string | null, stream: 'stdout' | 'stderr', text: string) =>
      this.opts.log.write({ requestId, function: name, kind: stream, text });
    const env = this.baseEnv();
    const signature = this.signature(modulePath, version, config.memoryMb, env);
    const warm = this.opts.warmInstances?.take(signature);
    let worker: FunctionWorker;
    if (warm) {
      worker = FunctionWorker.adopt(warm, onLog, signature);
      worker.retarget(this.target());
    } else {
      worker = FunctionWorker.start(
        this.opts.workerScript,
        modulePath,
        { ...env, ...this.target() },
        config.memoryMb,
        onLog,
        signature,
      );
    }
    this.all.add(worker);
    void worker.exited().then(() => this.all.delete(worker));
    return worker;
  }

  async invoke(req: InvokeRequest): Promise<InvokeOutcome> {
    const dir = join(this.opts.functionsDir, req.name);
    const modulePath = join(dir, 'index.js');
    if (!FUNCTION_NAME.test(req.name) || !existsSync(modulePath)) {
      return { ok: false, kind: 'not-found', message: `FunctionName parameter could not be found: ${req.name}` };
    }
    let pool: WorkerPool;
    try {
      pool = this.pool(req.name, modulePath, dir);
    } catch (e) {
      // CloudBase would not have accepted the upload: say so on every call rather than run with defaults.
      if (!(e instanceof FunctionConfigError)) throw e;
      this.opts.log.write({ requestId: req.requestId, function: req.name, kind: 'stderr', text: e.message });
      return { ok: false, kind: 'error', message: `${e.code}: ${e.message}` };
    }
    const worker = await pool.acquire();
    const token = this.opts.contexts.open({
      caller: { ...req.caller, source: 'scf' },
      env: req.env,
      functionName: req.name,
      openapi: pool.config.openapi,
    });
    const c = req.caller;
    const env: Record<string, string> = {
      ...this.opts.functionEnv?.(req.env),
      WX_CONTEXT_KEYS: CONTEXT_KEYS,
      WX_APPID: c.appid,
      WX_CLIENTIP: c.clientIp,
      TCB_ENV: req.env,
      SCF_NAMESPACE: req.env,
      TCB_SOURCE: c.source,
      TENCENTCLOUD_SESSIONTOKEN: token,
      ...(c.openid ? { WX_OPENID: c.openid } : {}),
      ...(c.unionid ? { WX_UNIONID: c.unionid } : {}),
    };
    const event =
      c.openid && req.data !== null && typeof req.data === 'object' && !Array.isArray(req.data)
        ? { ...req.data, userInfo: { appId: c.appid, openId: c.openid } }
        : req.data;
    const context = {
      request_id: req.requestId,
      function_name: req.name,
      function_version: '$LATEST',
      namespace: req.env,
      memory_limit_in_mb: pool.config.memoryMb,
      time_limit_in_ms: pool.config.timeoutMs,
    };
    const started = Date.now();
    this.opts.log.write({ requestId: req.requestId, function: req.name, env: req.env, kind: 'start' });
    try {
      const msg = { type: 'invoke' as const, requestId: req.requestId, event, context, env };
      const outcome = await worker.run(msg, pool.config.timeoutMs);
      const label = outcome.ok ? 'ok' : outcome.kind;
      this.opts.log.write({
        requestId: req.requestId,
        function: req.name,
        kind: 'end',
        outcome: label,
        durationMs: Date.now() - started,
      });
      return outcome;
    } finally {
      this.opts.contexts.close(token);
      pool.release(worker);
    }
  }

  async stop(): Promise<void> {
    const current = new Set([...this.pools.values()].flatMap((pool) => pool.idleWorkers()));
    const stopping: FunctionWorker[] = [];
    for (const w of this.all) {
      // An idle instance of a function's current version is left warm for the next cloud, if any.
      const child = this.opts.warmInstances && current.has(w) ? w.release() : undefined;
      if (child) this.opts.warmInstances?.park(w.signature, child);
      else stopping.push(w);
    }
    this.all.clear();
    for (const w of stopping) w.kill();
    await Promise.all(stopping.map((w) => w.exited()));
    this.pools.clear();
  }
}
