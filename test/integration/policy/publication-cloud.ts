/**
 * The policy, consent and account functions bundled from source as `build:functions` bundles them,
 * but with the test fixture policies (a second agreement version to publish) and a clock the test
 * can move forward, run by the local cloud and called through the real wx-server-sdk.
 */
import type { Plugin } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { INDEXES } from '../../../config/cloud/indexes';
import { FIXTURE_POLICIES_MODULE, policiesWithFixturesModule } from '../../../scripts/policies/fixture-policies';
import { bundleFunction } from '../../../scripts/build/function-bundle';
import { useLocalCloud } from '../../support/local-cloud';
import { callAs } from '../../support/call-as';
import { fileClockPlugin, useClockFile } from '../../support/file-clock';

const root = resolve(__dirname, '..', '..', '..');
const FUNCTIONS = ['policy', 'consent', 'account'] as const;
type FunctionName = (typeof FUNCTIONS)[number];

const setClockOffset = useClockFile();
// The function runner hands this process's environment to the functions (keys and stand-ins: the
// baseline of test/support/integration-env.ts).
Object.assign(process.env, {
  QYB_CANCELLATION_COOLING_DAYS: '0',
  // Small batches and one batch per call, so a handful of accounts takes several calls.
  QYB_NOTICE_BATCH: '2',
  QYB_NOTICE_BUDGET_MS: '1',
});

function fixturePolicies(policiesSource: string): Plugin {
  // esbuild resolves from resolveDir only if it exists: on a clone without an e2e build it does not yet.
  mkdirSync(dirname(FIXTURE_POLICIES_MODULE), { recursive: true });
  return {
    name: 'fixture-policies',
    setup(b) {
      b.onResolve({ filter: /policies\/generated(\/catalog)?$/ }, () => ({
        path: 'policies-with-fixtures',
        namespace: 'qyb',
      }));
      // The module's imports are relative to where the build writes it (FIXTURE_POLICIES_MODULE).
      b.onLoad({ filter: /.*/, namespace: 'qyb' }, () => ({
        contents: policiesSource,
        loader: 'ts',
        resolveDir: dirname(FIXTURE_POLICIES_MODULE),
      }));
    },
  };
}

async function bundle(dir: string, name: FunctionName, plugins: Plugin[]): Promise<void> {
  // Registration runs scrypt; a machine busy with parallel builds needs longer than WeChat's 3 s.
  const problems = await bundleFunction({ name, outDir: dir, plugins, testTimeoutS: 30 });
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

export function usePublicationCloud() {
  jest.setTimeout(90_000);
  const functionsDir = join(root, 'dist', 'test-functions', `publication-${process.pid}-${Date.now()}`);
  mkdirSync(functionsDir, { recursive: true });
  const cloud = useLocalCloud({ functionsDir, indexes: INDEXES, maxWorkersPerFunction: 2 });

  beforeAll(async () => {
    const plugins = [fixturePolicies(policiesWithFixturesModule()), fileClockPlugin];
    await Promise.all(FUNCTIONS.map((name) => bundle(functionsDir, name, plugins)));
  }, 60_000);
  afterAll(() => rmSync(functionsDir, { recursive: true, force: true }));

  const call = <T>(env: string, openid: string, name: FunctionName, action: string, input?: unknown) =>
    callAs<T>(cloud(), env, openid, name, action, input);

  return {
    cloud,
    call,
    async data<T>(env: string, openid: string, name: FunctionName, action: string, input?: unknown): Promise<T> {
      const result = await call<T>(env, openid, name, action, input);
      if (!result.ok) throw new Error(`${name}.${action}: ${result.error.code} ${result.error.message}`);
      return result.data;
    },
    /** Every function's clock runs this far ahead of real time from the next call on. */
    setClockOffset,
    async find<T = Record<string, unknown>>(env: string, collection: string, where: Record<string, unknown> = {}) {
      const result = await cloud().sdk({ env }).database().collection(collection).where(where).limit(1000).get();
      return (result as unknown as { data: T[] }).data;
    },
    db: (env: string) => cloud().sdk({ env }).database(),
  };
}
