/**
 * Test helper: a local cloud on a random port with a temp data dir, stopped after the file's tests,
 * and real wx-server-sdk instances pointed at it acting as a chosen openid in a chosen environment.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DECLARED_COLLECTIONS } from '../../config/cloud/collections';
import { DEV_PREFIX, startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../../localcloud';
import type { IntegrationGlobals } from './integration-environment';
import { requireWxServerSdk } from './wx-server-sdk';

/**
 * wx-server-sdk's typings return `Promise<T | string> | void` (callback style); with promises the
 * answer is always T. `Strict` says so, recursively, so tests read results without casts.
 */
type StrictReturn<R> = [Exclude<R, void | string>] extends [Promise<infer P>]
  ? Promise<Strict<Exclude<P, void | string>>>
  : Strict<R>;
export type Strict<T> = T extends (...args: infer A) => infer R
  ? ((...args: A) => StrictReturn<R>) & { [K in keyof T]: Strict<T[K]> }
  : T extends Date | RegExp | Buffer
    ? T
    : T extends object
      ? { [K in keyof T]: Strict<T[K]> }
      : T;

export type WxCloud = Strict<typeof import('wx-server-sdk')>;
export type Database = ReturnType<WxCloud['database']>;

export interface SdkOptions {
  env: string;
  /** Act as this WeChat user (dev credential `dev:<openid>`); omit for an admin caller. */
  openid?: string;
}

export interface TestCloud {
  cloud: LocalCloud;
  dataDir: string;
  /** A fresh environment name, so each test can start from empty data. */
  freshEnv(prefix?: string): string;
  /** A real wx-server-sdk instance initialised against this local cloud. */
  sdk(opts: SdkOptions): WxCloud;
}

export const FIXTURE_FUNCTIONS = join(__dirname, '..', 'fixtures', 'functions');
/** What the fixture functions write to (dbwrite → notes, ticker → ticks). */
export const FIXTURE_COLLECTIONS = ['notes', 'ticks'];
/** The default `collections`: the app's declared ones (as a deploy makes them) and the fixtures'. */
export const TEST_COLLECTIONS = [...DECLARED_COLLECTIONS.map((c) => c.name), ...FIXTURE_COLLECTIONS];

function loadSdk(): WxCloud {
  // The integration project's, loaded once per Jest worker (test/support/integration-environment.ts).
  const shared = (globalThis as IntegrationGlobals).__qybWxServerSdk;
  return (shared ? shared() : requireWxServerSdk()) as WxCloud;
}

/** A real wx-server-sdk instance against any local cloud (e.g. one running as a child process). */
export function sdkAt(serviceUrl: string, { env, openid }: SdkOptions): WxCloud {
  const base = loadSdk() as unknown as { createNewInstance(config: Record<string, unknown>): WxCloud };
  return base.createNewInstance({
    env,
    serviceUrl,
    // Cold starts on a loaded CI machine can take seconds; the SDK's default is 15 s.
    timeout: 60_000,
    secretId: 'localcloud',
    secretKey: 'localcloud',
    ...(openid ? { sessionToken: `${DEV_PREFIX}${openid}` } : {}),
  });
}

/**
 * Collections exist only once created, as in CloudBase: every environment gets `collections`
 * (default TEST_COLLECTIONS); a test that uses other names lists them, or calls `db.createCollection`.
 */
export async function startTestCloud(opts: Partial<LocalCloudOptions> = {}): Promise<TestCloud> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'localcloud-'));
  const cloud = await startLocalCloud({
    port: 0,
    functionsDir: FIXTURE_FUNCTIONS,
    indexes: [],
    collections: TEST_COLLECTIONS,
    // The integration project's (test/support/integration-environment.ts); none elsewhere.
    warmInstances: (globalThis as IntegrationGlobals).__qybWarmInstances,
    ...opts,
    dataDir,
  });
  return {
    cloud,
    dataDir,
    freshEnv: (prefix = 'test') => `${prefix}-${randomBytes(4).toString('hex')}`,
    sdk: (o) => sdkAt(cloud.serviceUrl, o),
  };
}

/** Starts one local cloud for the current test file and stops it (removing its data) afterwards. */
export function useLocalCloud(opts: Partial<LocalCloudOptions> = {}): () => TestCloud {
  let current: TestCloud | undefined;
  beforeAll(async () => {
    current = await startTestCloud(opts);
  });
  afterAll(async () => {
    await current?.cloud.stop();
    if (current && !opts.dataDir) rmSync(current.dataDir, { recursive: true, force: true });
  });
  return () => {
    if (!current) throw new Error('useLocalCloud: the cloud is not started yet (use it inside a test)');
    return current;
  };
}

/** Posts a raw body to the SDK endpoint (for wire-level cases the SDK cannot produce). */
export async function postTcb(
  serviceUrl: string,
  body: string | Record<string, unknown>,
  env = 'local',
): Promise<Record<string, unknown>> {
  const res = await fetch(`${serviceUrl}?env=${env}&seqId=test`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}
