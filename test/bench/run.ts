/**
 * `npm run bench`: builds what it measures, prints each measurement against its budget, and exits
 * non-zero when a budget is exceeded. Benchmarks, not tests: numbers, not assertions in Jest.
 * `npm run bench -- --only cold-start,package-size` runs the named phases alone (PHASES below).
 */
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { benchFirstScreen } from './first-screen';
import { rebuildIfStale } from './fresh-build';
import { figuresFromOutput, recordRun, type Figures } from './history';
import { benchTestTime } from './test-time';
import { BUDGETS, measureWeapp } from './package-size';

const root = resolve(__dirname, '..', '..');
const weappDir = join(root, 'dist', 'weapp');
/** Every figure of this run, for the history (test/bench/history.ts). */
const figures: Figures = {};

/** Runs a bench script, shows its output, keeps its JSON rows' figures; false when it exits non-zero. */
function runScript(name: string, args = ''): boolean {
  let output = '';
  let ok = true;
  try {
    output = execSync(`npx tsx ${join(root, 'test', 'bench', name)} ${args}`, {
      cwd: root,
      stdio: ['inherit', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
  } catch (error) {
    output = String((error as { stdout?: unknown }).stdout ?? '');
    ok = false;
  }
  process.stdout.write(output);
  Object.assign(figures, figuresFromOutput(output));
  return ok;
}

function section(title: string): void {
  console.log(`\n== ${title}`);
}

function benchPackageSizes(): boolean {
  section('weapp package sizes (DESIGN §6)');
  rebuildIfStale(join(weappDir, 'app.json'), root, 'build:weapp');
  const { packages, totalKB, mainFiles } = measureWeapp(weappDir);
  for (const p of packages) figures[`weapp ${p.name} KB`] = p.kb;
  figures['weapp all packages KB'] = Number(totalKB.toFixed(1));
  for (const p of packages) {
    console.log(
      `${p.ok ? 'ok  ' : 'OVER'} ${p.name.padEnd(24)} ${String(p.kb).padStart(8)} KB  (budget ${p.budgetKB} KB)`,
    );
  }
  console.log(`     main package files over 2 KB, largest first:`);
  for (const f of mainFiles.filter((m) => m.kb > 2))
    console.log(`       ${f.file.padEnd(30)} ${String(f.kb).padStart(7)} KB`);
  const totalOk = totalKB <= BUDGETS.totalKB;
  console.log(
    `${totalOk ? 'ok  ' : 'OVER'} ${'all packages'.padEnd(24)} ${totalKB.toFixed(1).padStart(8)} KB  (budget ${BUDGETS.totalKB} KB)`,
  );
  return totalOk && packages.every((p) => p.ok);
}

function benchLocalCloud(): boolean {
  section('local cloud: indexed reads 10 k vs 1 M documents, inserts');
  return runScript('localcloud-bench.ts', '--only queries');
}

function benchColdStart(): boolean {
  section('cloud function cold start: each bundle on top of wx-server-sdk');
  return runScript('localcloud-bench.ts', '--only cold-start');
}

function benchRequests(): boolean {
  section('requests: my requests and the staff queue, 1 k vs 100 k requests (index-backed, flat)');
  return runScript('requests-bench.ts');
}

async function benchFirstScreenSection(): Promise<boolean> {
  section('first screen vs a Taro hello-world (DESIGN §6)');
  try {
    const result = await benchFirstScreen();
    Object.assign(figures, result.figures);
    return result.ok;
  } catch (error) {
    console.error(error);
    return false;
  }
}

function benchPushes(): boolean {
  section('pushes (10,000-recipient job on the local cloud): inbox phase, then WeChat phase');
  return runScript('push-bench.ts');
}

function benchTestTimeSection(): boolean {
  section('npm test wall time (last run of scripts/test.sh)');
  const result = benchTestTime(root);
  Object.assign(figures, result.figures);
  return result.ok;
}

/** The phases in the order a full run takes them. */
const PHASES: Record<string, () => boolean | Promise<boolean>> = {
  'package-size': benchPackageSizes,
  'local-cloud': benchLocalCloud,
  'cold-start': benchColdStart,
  requests: benchRequests,
  pushes: benchPushes,
  'first-screen': benchFirstScreenSection,
  'test-time': benchTestTimeSection,
};

/** `--only a,b`: those phases; none named: all of them. An unknown name stops the run. */
function selectedPhases(argv: string[]): string[] {
  const at = argv.indexOf('--only');
  if (at < 0) return Object.keys(PHASES);
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(n in PHASES));
  if (names.length === 0 || unknown.length > 0) {
    console.error(
      `bench: --only takes phases among ${Object.keys(PHASES).join(', ')} (got ${unknown.join(', ') || 'none'})`,
    );
    process.exit(2);
  }
  return Object.keys(PHASES).filter((n) => names.includes(n));
}

async function main(): Promise<void> {
  const results: boolean[] = [];
  for (const name of selectedPhases(process.argv.slice(2))) results.push(await PHASES[name]!());
  section('change against the previous run (test/bench/history.jsonl; a shared machine: compare ratios)');
  for (const line of recordRun(figures)) console.log(line);
  if (results.some((ok) => !ok)) {
    console.error('\nbench: a budget was exceeded or a phase failed');
    process.exit(1);
  }
  console.log('\nbench: every budget met');
}

void main();
