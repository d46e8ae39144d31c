/**
 * Runs `<functionsDir>/<name>/index.js` like CloudBase: a warm pool of worker processes per
 * function, one invocation at a time per worker, the caller's context in that invocation's
 * environment only, the function's timeout enforced by killing the instance.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '../tcb/action';
import { readFunctionConfig, type FunctionConfig } from './function-config';
import type { FunctionLog } from './function-log';
import { FunctionWorker, type Outcome } from './function-worker';
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
}

export interface InvokeRequest {
  name: string;
  data: unknown;
  caller: Caller;
  env: string;
  requestId: string;
}

export type InvokeOutcome = Outcome | { ok: false; kind: 'not-found'; message: string };

class Pool {
  readonly idle: FunctionWorker[] = [];
  readonly waiters: ((w: FunctionWorker | Error) => void)[] = [];
  size = 0;
  retired = false;
  constructor(
    readonly version: number,
    readonly config: FunctionConfig,
  ) {}
}

export class FunctionRunner {
  private readonly pools = new Map<string, Pool>();
  private readonly all = new Set<FunctionWorker>();

  constructor(private readonly opts: RunnerOptions) {}

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
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: this.opts.serviceUrl() }),
    };
  }

  private pool(name: string, modulePath: string, dir: string): Pool {
    const version = statSync(modulePath).mtimeMs;
    const current = this.pools.get(name);
    if (current && current.version === version) return current;
    if (current) {
      current.retired = true;
      for (const w of current.idle.splice(0)) w.kill();
    }
    const fresh = new Pool(version, readFunctionConfig(dir));
    this.pools.set(name, fresh);
    return fresh;
  }

  private spawn(pool: Pool, name: string): FunctionWorker {
    const modulePath = join(this.opts.functionsDir, name, 'index.js');
    const worker = new FunctionWorker(
      this.opts.workerScript,
      modulePath,
      this.baseEnv(),
      pool.config.memoryMb,
      (requestId, stream, text) => this.opts.log.write({ requestId, function: name, kind: stream, text }),
    );
    this.all.add(worker);
    void worker.exited().then(() => this.all.delete(worker));
    return worker;
  }

  private async acquire(pool: Pool, name: string): Promise<FunctionWorker> {
    for (let w = pool.idle.pop(); w; w = pool.idle.pop()) if (w.alive) return w;
    if (pool.size < this.opts.maxWorkersPerFunction) {
      pool.size++;
      const worker = this.spawn(pool, name);
      try {
        await worker.ready;
        return worker;
      } catch (e) {
        pool.size--;
        throw e;
      }
    }
    const got = await new Promise<FunctionWorker | Error>((resolve) => pool.waiters.push(resolve));
    if (got instanceof Error) throw got;
    return got;
  }

  private release(pool: Pool, name: string, worker: FunctionWorker): void {
    if (worker.alive && !pool.retired) {
      const waiter = pool.waiters.shift();
      if (waiter) waiter(worker);
      else pool.idle.push(worker);
      return;
    }
    worker.kill();
    pool.size--;
    const waiter = pool.waiters.shift();
    if (!waiter) return;
    pool.size++;
    const fresh = this.spawn(pool, name);
    fresh.ready.then(
      () => waiter(fresh),
      (e: Error) => {
        pool.size--;
        waiter(e);
      },
    );
  }

  async invoke(req: InvokeRequest): Promise<InvokeOutcome> {
    const dir = join(this.opts.functionsDir, req.name);
    const modulePath = join(dir, 'index.js');
    if (!FUNCTION_NAME.test(req.name) || !existsSync(modulePath)) {
      return { ok: false, kind: 'not-found', message: `FunctionName parameter could not be found: ${req.name}` };
    }
    const pool = this.pool(req.name, modulePath, dir);
    const worker = await this.acquire(pool, req.name);
    const token = this.opts.contexts.open({ caller: { ...req.caller, source: 'scf' }, env: req.env });
    const c = req.caller;
    const env: Record<string, string> = {
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
      this.release(pool, req.name, worker);
    }
  }

  async stop(): Promise<void> {
    const workers = [...this.all];
    for (const w of workers) w.kill();
    await Promise.all(workers.map((w) => w.exited()));
    this.pools.clear();
  }
}
