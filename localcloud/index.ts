/**
 * The local cloud: a CloudBase-compatible backend on one machine, so the real wx-server-sdk runs
 * our functions unchanged. `startLocalCloud()` is what tests, `npm run cloud` and `npm start` use.
 */
import { resolve } from 'node:path';
import { databaseActions } from './database/actions';
import { loadProjectCollections } from './database/collection-decl';
import { Environments } from './database/environments';
import { loadProjectIndexes, type IndexDecl } from './database/index-decl';
import type { EnvStore } from './database/store';
import { functionActions } from './functions/actions';
import { FunctionLog } from './functions/function-log';
import { InvocationContexts } from './functions/invocation-context';
import { FunctionRunner } from './functions/runner';
import type { WarmInstances } from './functions/warm-instances';
import { TimerScheduler, type TimerFiring } from './functions/timer-triggers';
import { buildWorkerScript } from './functions/worker-script';
import { startServer, stopServer, SERVICE_PATH } from './http/server';
import { openApiActions } from './openapi/actions';
import { SubscriptionService, type SubscriptionConfig } from './openapi/subscribe-message';
import type { OutboxMessage } from './openapi/subscriptions';
import { storageActions } from './storage/actions';
import { StorageService } from './storage/storage-service';
import { Dispatcher } from './tcb/dispatch';

export type { IndexDecl } from './database/index-decl';
export type { OutboxMessage } from './openapi/subscriptions';
export type { SubscriptionConfig } from './openapi/subscribe-message';
export type { TimerFiring } from './functions/timer-triggers';
export { DEV_PREFIX } from './tcb/identity';
export { DEFAULT_ENV } from './http/tcb-endpoint';

export const DEFAULT_APPID = 'wxlocalcloud0000';

export interface LocalCloudOptions {
  /** 0 picks a free port. Default 3900. */
  port?: number;
  dataDir: string;
  functionsDir?: string;
  staticDir?: string;
  /** Defaults to `config/cloud/indexes.ts`'s INDEXES when that file exists. */
  indexes?: IndexDecl[];
  /**
   * Collections created in every environment when it is opened, as a deploy creates them. Defaults
   * to `config/cloud/collections.ts`'s DECLARED_COLLECTIONS. Any other collection answers -502005
   * until `db.createCollection` makes it.
   */
  collections?: readonly string[];
  appId?: string;
  /** Default 16 MiB, as CloudBase (MongoDB). */
  maxDocumentBytes?: number;
  maxWorkersPerFunction?: number;
  /** Echo function logs to stdout (they always go to `<dataDir>/logs/functions.log`). */
  logToStdout?: boolean;
  subscriptions?: SubscriptionConfig;
  /**
   * Run the functions' timer triggers (config.json `triggers`) on schedule in these environments
   * (`npm run cloud` runs them in `local`). Off when absent.
   */
  timers?: { envs: string[]; onFire?: (firing: TimerFiring) => void };
  /**
   * Environment variables of the functions in one environment, over the process's own: in CloudBase
   * each environment's function has its own configuration (e.g. an HTTP address of its own). The
   * twin's instances serve every environment, so these are set for each invocation, not at load.
   */
  functionEnv?: (env: string) => Readonly<Record<string, string>>;
  /**
   * Idle function instances are left here when this cloud stops, and taken from here by a later
   * cloud that would start the very same instance (functions/warm-instances.ts): the test files of
   * one Jest worker. Absent (`npm start`, the bench): every cloud starts its own.
   */
  warmInstances?: WarmInstances;
}

export interface LocalCloud {
  /** Give this to `cloud.init({ serviceUrl })`. */
  serviceUrl: string;
  /** Where the dev endpoints, storage URLs and the static app are served. */
  origin: string;
  port: number;
  stop(): Promise<void>;
  /** Subscription messages sent in an environment. */
  outbox(env: string, touser?: string): OutboxMessage[];
  /** Direct access to an environment's store (benchmarks seed through it). */
  store(env: string): EnvStore;
}

export async function startLocalCloud(opts: LocalCloudOptions): Promise<LocalCloud> {
  const dataDir = resolve(opts.dataDir);
  const appid = opts.appId ?? DEFAULT_APPID;
  const envs = new Environments(
    dataDir,
    opts.indexes ?? loadProjectIndexes(),
    opts.maxDocumentBytes ?? 16 * 1024 * 1024,
    opts.collections ?? loadProjectCollections(),
  );
  const contexts = new InvocationContexts();
  let origin = '';
  const serviceUrl = (): string => `${origin}${SERVICE_PATH}`;
  const runner = new FunctionRunner({
    functionsDir: resolve(opts.functionsDir ?? 'dist/cloudfunctions'),
    workerScript: buildWorkerScript(dataDir),
    serviceUrl,
    contexts,
    log: new FunctionLog(dataDir, opts.logToStdout ?? false),
    maxWorkersPerFunction: opts.maxWorkersPerFunction ?? 8,
    functionEnv: opts.functionEnv,
    warmInstances: opts.warmInstances,
  });
  const storage = new StorageService(envs, dataDir, () => origin);
  const subscriptions = new SubscriptionService(envs, opts.subscriptions ?? {});
  const dispatcher = new Dispatcher({
    ...databaseActions(envs),
    ...functionActions(runner),
    ...storageActions(storage),
    ...openApiActions(subscriptions, contexts),
  });
  const maxBodyBytes = 64 * 1024 * 1024;
  const { server, port } = await startServer(
    {
      tcb: { dispatcher, contexts, appid, maxBodyBytes },
      dev: {
        runner,
        storage,
        subscriptions,
        longTermTemplates: new Set(opts.subscriptions?.longTermTemplates ?? []),
        appid,
        maxBodyBytes,
      },
      staticDir: opts.staticDir ? resolve(opts.staticDir) : undefined,
      maxUploadBytes: maxBodyBytes,
    },
    opts.port ?? 3900,
    '127.0.0.1',
  );
  origin = `http://127.0.0.1:${port}`;
  const timers = opts.timers
    ? new TimerScheduler({
        functionsDir: resolve(opts.functionsDir ?? 'dist/cloudfunctions'),
        runner,
        appid,
        envs: () => opts.timers?.envs ?? [],
        onFire: opts.timers.onFire,
      })
    : undefined;
  timers?.start();
  let stopped: Promise<void> | undefined;
  return {
    serviceUrl: serviceUrl(),
    origin,
    port,
    outbox: (env, touser) => subscriptions.of(env).outbox(touser),
    store: (env) => envs.store(env),
    stop: () => {
      stopped ??= (async () => {
        await timers?.stop();
        await stopServer(server);
        await runner.stop();
        envs.closeAll();
      })();
      return stopped;
    },
  };
}
