/**
 * `npm run bench` (local cloud part): indexed query latency at 10 k and 1 M documents (ratio < 2),
 * insert throughput, and the cold-start cost a bundled function adds to requiring wx-server-sdk
 * (budget ≤ 30 ms). Prints one JSON line per measurement, then a table; exits 1 over budget.
 * The 1 M collection is seeded straight into the store's SQLite table (the SDK path would take
 * minutes); every measured query goes through the real SDK over HTTP and, separately, the engine.
 */
import { execFileSync, execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../localcloud';
import { DirectSource } from '../../localcloud/database/doc-source';
import { findDocs } from '../../localcloud/database/query-engine';
import { tableName } from '../../localcloud/database/json-path';
import { newEs256Jwk } from '../../scripts/keys/oidc-dev-keys';
import { sdkAt } from '../support/local-cloud';
import { median } from './trace';

const ROOT = resolve(__dirname, '..', '..');
const LARGE = Number(process.env.BENCH_LARGE_DOCS ?? 1_000_000);
const SMALL = 10_000;
const QUERIES = 300;
const BUDGET = { ratio: 2, coldStartAddedMs: 30 };

interface Row {
  name: string;
  value: number;
  unit: string;
  budget?: string;
  ok?: boolean;
}
const rows: Row[] = [];
function report(row: Row): void {
  rows.push(row);
  console.log(JSON.stringify(row));
}

function seed(cloud: LocalCloud, env: string, n: number): void {
  const store = cloud.store(env);
  store.ensureCollection('bench');
  const insert = store.db.prepare(`INSERT INTO ${tableName('bench')} (id, doc, ver) VALUES (?, ?, 1)`);
  const batch = store.db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = `b${i}`;
      insert.run(id, JSON.stringify({ _id: id, code: `C${i}`, group: i % 100, amount: i % 997, note: 'x'.repeat(40) }));
    }
  });
  for (let at = 0; at < n; at += 50_000) batch(at, Math.min(n, at + 50_000));
}

async function queryLatency(cloud: LocalCloud, env: string, n: number): Promise<{ sdk: number; engine: number }> {
  const db = sdkAt(cloud.serviceUrl, { env }).database();
  const codes = Array.from({ length: QUERIES }, () => `C${Math.floor(Math.random() * n)}`);
  for (const code of codes.slice(0, 20)) await db.collection('bench').where({ code }).get();
  const sdkTimes: number[] = [];
  for (const code of codes) {
    const t = performance.now();
    const r = await db.collection('bench').where({ code }).get();
    sdkTimes.push(performance.now() - t);
    if (r.data.length !== 1) throw new Error(`expected one document for ${code}`);
  }
  const src = new DirectSource(cloud.store(env));
  const engineTimes = codes.map((code) => {
    const t = performance.now();
    findDocs(src, 'bench', { code }, { limit: 100 });
    return performance.now() - t;
  });
  return { sdk: median(sdkTimes), engine: median(engineTimes) };
}

async function insertThroughput(cloud: LocalCloud): Promise<void> {
  const db = sdkAt(cloud.serviceUrl, { env: 'bench-insert' }).database();
  let t = performance.now();
  for (let i = 0; i < 500; i++) await db.collection('ins').add({ data: { i, note: 'x'.repeat(40) } });
  report({
    name: 'insert one per request (SDK, sequential)',
    value: Math.round(500 / ((performance.now() - t) / 1000)),
    unit: 'docs/s',
  });
  t = performance.now();
  for (let b = 0; b < 20; b++)
    await db.collection('ins').add({ data: Array.from({ length: 100 }, (_v, i) => ({ i, b })) });
  report({
    name: 'insert 100 per request (SDK)',
    value: Math.round(2000 / ((performance.now() - t) / 1000)),
    unit: 'docs/s',
  });
}

/**
 * The load-time environment a function instance gets in the local cloud, so every bundle loads as
 * it does there: the worker's own variables (localcloud/functions/runner.ts baseEnv: the SDK pointed
 * at a loopback service URL, which is what lets the stand-ins load) and what `npm start` exports
 * (scripts/start.sh: field and index keys, the oidc signing key and issuer, the face stand-in), with
 * throwaway keys. Nothing listens at the URL: a bundle's load makes no call.
 */
function twinLoadEnv(): NodeJS.ProcessEnv {
  const twinUrl = 'http://127.0.0.1:9/tcb';
  return {
    ...process.env,
    TENCENTCLOUD: 'true',
    SILENCE: 'true',
    TENCENTCLOUD_SECRETID: 'localcloud',
    TENCENTCLOUD_SECRETKEY: 'localcloud',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: twinUrl }),
    QYB_FIELD_KEY: `b1:${randomBytes(32).toString('base64')}`,
    QYB_INDEX_KEY: randomBytes(32).toString('base64'),
    QYB_OIDC_SIGNING_KEYS: JSON.stringify({ keys: [newEs256Jwk('bench')] }),
    QYB_OIDC_ISSUER: 'http://127.0.0.1:9/oidc',
    QYB_FACE_VERIFIER: 'local-stand-in',
    QYB_CHANNELS: 'local-stand-in',
  };
}

function coldStart(): void {
  const fnDir = join(ROOT, 'dist', 'cloudfunctions');
  if (!existsSync(fnDir) || readdirSync(fnDir).length === 0)
    execSync('npm run --silent build:functions', { cwd: ROOT, stdio: 'inherit' });
  const script = (target: string): string =>
    `const h=()=>Number(process.hrtime.bigint())/1e6;let t=h();require('wx-server-sdk');const a=h()-t;t=h();` +
    `try{require(${JSON.stringify(target)})}catch(e){console.log(JSON.stringify({error:String(e&&e.message).slice(0,240)}));process.exit(1)}` +
    `console.log(JSON.stringify({sdk:a,added:h()-t}))`;
  const env = twinLoadEnv();
  for (const name of readdirSync(fnDir).filter((d) => existsSync(join(fnDir, d, 'index.js')))) {
    let runs: { sdk: number; added: number }[];
    try {
      runs = Array.from(
        { length: 5 },
        () =>
          JSON.parse(
            execFileSync(process.execPath, ['-e', script(join(fnDir, name, 'index.js'))], {
              cwd: ROOT,
              env,
              stdio: ['ignore', 'pipe', 'ignore'],
            }).toString(),
          ) as {
            sdk: number;
            added: number;
          },
      );
    } catch (error) {
      // The bundle's own load error (its first line), so a missing setting is named, not guessed.
      const out = String((error as { stdout?: unknown }).stdout ?? '').trim();
      const reason = out.startsWith('{') ? (JSON.parse(out) as { error?: string }).error : undefined;
      report({ name: `cold start: ${name} bundle fails to load`, value: NaN, unit: 'ms', budget: 'loads', ok: false });
      if (reason) console.log(`     ${name}: ${reason}`);
      continue;
    }
    const added = median(runs.map((r) => r.added));
    report({
      name: `cold start: require wx-server-sdk alone`,
      value: Math.round(median(runs.map((r) => r.sdk))),
      unit: 'ms',
    });
    report({
      name: `cold start: ${name} bundle on top of the SDK`,
      value: Number(added.toFixed(1)),
      unit: 'ms',
      budget: `≤ ${BUDGET.coldStartAddedMs} ms`,
      ok: added <= BUDGET.coldStartAddedMs,
    });
  }
}

async function queries(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'localcloud-bench-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: join(ROOT, 'dist', 'cloudfunctions'),
    indexes: [{ collection: 'bench', fields: ['code'] }],
    // Collections exist only once created (as in CloudBase): the ones this benchmark uses.
    collections: ['bench', 'ins'],
  });
  try {
    const t = performance.now();
    seed(cloud, 'bench-small', SMALL);
    seed(cloud, 'bench-large', LARGE);
    report({
      name: `seed ${SMALL + LARGE} docs (bulk, store directly)`,
      value: Math.round((SMALL + LARGE) / ((performance.now() - t) / 1000)),
      unit: 'docs/s',
    });
    const small = await queryLatency(cloud, 'bench-small', SMALL);
    const large = await queryLatency(cloud, 'bench-large', LARGE);
    report({
      name: `indexed query, ${SMALL} docs (SDK over HTTP, median)`,
      value: Number(small.sdk.toFixed(2)),
      unit: 'ms',
    });
    report({
      name: `indexed query, ${LARGE} docs (SDK over HTTP, median)`,
      value: Number(large.sdk.toFixed(2)),
      unit: 'ms',
    });
    report({
      name: `indexed query, ${SMALL} docs (engine, median)`,
      value: Number(small.engine.toFixed(3)),
      unit: 'ms',
    });
    report({
      name: `indexed query, ${LARGE} docs (engine, median)`,
      value: Number(large.engine.toFixed(3)),
      unit: 'ms',
    });
    const ratio = large.sdk / small.sdk;
    report({
      name: `indexed query ratio ${LARGE} / ${SMALL} (SDK)`,
      value: Number(ratio.toFixed(2)),
      unit: 'x',
      budget: `< ${BUDGET.ratio}`,
      ok: ratio < BUDGET.ratio,
    });
    const engineRatio = large.engine / small.engine;
    report({
      name: `indexed query ratio ${LARGE} / ${SMALL} (engine)`,
      value: Number(engineRatio.toFixed(2)),
      unit: 'x',
      budget: `< ${BUDGET.ratio}`,
      ok: engineRatio < BUDGET.ratio,
    });
    await insertThroughput(cloud);
  } finally {
    await cloud.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `--only cold-start` or `--only queries` runs one part (run.ts passes its phase filter on). */
async function main(): Promise<void> {
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? process.argv[at + 1] : undefined;
  if (!only || only === 'queries') await queries();
  if (!only || only === 'cold-start') coldStart();
  console.log('');
  for (const r of rows) {
    const mark = r.ok === undefined ? '    ' : r.ok ? 'ok  ' : 'OVER';
    console.log(
      `${mark} ${r.name.padEnd(58)} ${String(r.value).padStart(10)} ${r.unit.padEnd(6)} ${r.budget ? `(budget ${r.budget})` : ''}`,
    );
  }
  if (rows.some((r) => r.ok === false)) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
