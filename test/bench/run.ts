/**
 * `npm run bench`: builds what it measures, prints each measurement against its budget, and exits
 * non-zero when a budget is exceeded. Benchmarks, not tests: numbers, not assertions in Jest.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchFirstScreen } from './first-screen';
import { figuresFromOutput, recordRun, type Figures } from './history';
import { benchTestTime } from './test-time';
import { BUDGETS, measureWeapp } from './package-size';

const root = resolve(__dirname, '..', '..');
const weappDir = join(root, 'dist', 'weapp');
/** Every figure of this run, for the history (test/bench/history.ts). */
const figures: Figures = {};

/** Runs a bench script, shows its output, keeps its JSON rows' figures; false when it exits non-zero. */
function runScript(name: string): boolean {
  let output = '';
  let ok = true;
  try {
    output = execSync(`npx tsx ${join(root, 'test', 'bench', name)}`, {
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
  if (!existsSync(join(weappDir, 'app.json')) || process.env.BENCH_REBUILD === '1') {
    execSync('npm run --silent build:weapp', { cwd: root, stdio: 'inherit' });
  }
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
  const script = join(root, 'test', 'bench', 'localcloud-bench.ts');
  if (!existsSync(script)) return true;
  section('local cloud');
  return runScript('localcloud-bench.ts');
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

async function main(): Promise<void> {
  const results = [
    benchPackageSizes(),
    benchLocalCloud(),
    benchRequests(),
    benchPushes(),
    await benchFirstScreenSection(),
    benchTestTimeSection(),
  ];
  section('change against the previous run (test/bench/history.jsonl; a shared machine: compare ratios)');
  for (const line of recordRun(figures)) console.log(line);
  if (results.some((ok) => !ok)) {
    console.error('\nbench: a budget was exceeded');
    process.exit(1);
  }
  console.log('\nbench: every budget met');
}

void main();
