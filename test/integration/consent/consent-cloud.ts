/**
 * The consent function bundled from source the way `build:functions` bundles it, run by the local
 * cloud and called through the real wx-server-sdk as a chosen openid. Besides the real documents,
 * two builds carry fixture documents, before and after a second agreement version is published.
 */
import type { Plugin } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import type { LedgerEntry } from '../../../cloudfunctions/lib/consent/ledger-entry';
import { INDEXES } from '../../../config/cloud/indexes';
import { bundleFunction } from '../../../scripts/build/function-bundle';
import { useLocalCloud, type TestCloud } from '../../support/local-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';

const root = resolve(__dirname, '..', '..', '..');

// The ledger's HMAC key, as the functions' environment holds it (the runner passes this process's).
process.env.QYB_LEDGER_KEY ??= randomBytes(32).toString('base64');

/** Which documents a build of the function ships. */
export const BUILDS = {
  consent: null,
  'consent-before': 'test/fixtures/policies-first-version.ts',
  'consent-after': 'test/fixtures/policies-two-versions.ts',
} as const;
export type Build = keyof typeof BUILDS;

function policiesFrom(fixture: string): Plugin {
  return {
    name: 'policies-fixture',
    setup(b) {
      b.onResolve({ filter: /policies\/generated(\/catalog)?$/ }, () => ({ path: join(root, fixture) }));
    },
  };
}

async function bundle(dir: string, name: Build): Promise<void> {
  const fixture = BUILDS[name];
  const plugins = fixture ? [policiesFrom(fixture)] : [];
  // The deployed function keeps WeChat's 3 s; a busy test machine needs longer to start a worker.
  const problems = await bundleFunction({ name: 'consent', as: name, outDir: dir, plugins, testTimeoutS: 30 });
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

export interface ConsentCloud {
  env: string;
  /** Calls a build of the consent function as `openid`. */
  call<T>(openid: string, action: string, input?: unknown, build?: Build): Promise<Result<T>>;
  /** Sends a raw event (for malformed and forged events). */
  send<T>(openid: string, event: unknown, build?: Build): Promise<Result<T>>;
  /** The database as an administrator: what someone with console access could edit. */
  admin(): ReturnType<ReturnType<TestCloud['sdk']>['database']>;
  entries(openid: string): Promise<LedgerEntry[]>;
}

/** One local cloud per test file, functions bundled once; each test gets a fresh environment. */
export function useConsentCloud(): () => ConsentCloud {
  jest.setTimeout(60_000);
  // Under the project so the bundles resolve wx-server-sdk from its node_modules.
  const functionsDir = join(root, 'dist', 'test-functions', `consent-${process.pid}-${Date.now()}`);
  mkdirSync(functionsDir, { recursive: true });
  const cloud = useLocalCloud({ functionsDir, indexes: INDEXES });
  let env = '';

  beforeAll(async () => {
    await Promise.all((Object.keys(BUILDS) as Build[]).map((name) => bundle(functionsDir, name)));
  }, 60_000);
  afterAll(() => rmSync(functionsDir, { recursive: true, force: true }));
  beforeEach(() => {
    env = cloud().freshEnv('consent');
  });

  const send = async <T>(openid: string, event: unknown, name: Build = 'consent') => {
    const response = await cloud()
      .sdk({ env, openid })
      .callFunction({ name, data: event as Record<string, unknown> });
    return (response as unknown as { result: Result<T> }).result;
  };
  const admin = () => cloud().sdk({ env }).database();

  return () => ({
    env,
    send,
    call: (openid, action, input, name) => send(openid, { action, input }, name),
    admin,
    async entries(openid) {
      const result = await admin().collection(COLLECTIONS.consents).where({ openid }).orderBy('seq', 'asc').get();
      return (result as unknown as { data: LedgerEntry[] }).data;
    },
  });
}
