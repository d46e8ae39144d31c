/**
 * `npm run bench`: builds what it measures, prints each measurement against its budget, and exits
 * non-zero when a budget is exceeded. Benchmarks, not tests: numbers, not assertions in Jest.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchFirstScreen } from './first-screen';
import { BUDGETS, measureWeapp } from './package-size';

const root = resolve(__dirname, '..', '..');
const weappDir = join(root, 'dist', 'weapp');

function section(title: string): void {
  console.log(`\n== ${title}`);
}

function benchPackageSizes(): boolean {
  section('weapp package sizes (DESIGN §6)');
  if (!existsSync(join(weappDir, 'app.json')) || process.env.BENCH_REBUILD === '1') {
    execSync('npm run --silent build:weapp', { cwd: root, stdio: 'inherit' });
  }
  const { packages, totalKB } = measureWeapp(weappDir);
  for (const p of packages) {
    console.log(
      `${p.ok ? 'ok  ' : 'OVER'} ${p.name.padEnd(24)} ${String(p.kb).padStart(8)} KB  (budget ${p.budgetKB} KB)`,
    );
  }
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
  try {
    execSync(`npx tsx ${script}`, { cwd: root, stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

function benchRequests(): boolean {
  section('requests: my requests and the staff queue, 1 k vs 100 k requests (index-backed, flat)');
  try {
    execSync(`npx tsx ${join(root, 'test', 'bench', 'requests-bench.ts')}`, { cwd: root, stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

async function benchFirstScreenSection(): Promise<boolean> {
  section('first screen vs a Taro hello-world (DESIGN §6)');
  try {
    return await benchFirstScreen();
  } catch (error) {
    console.error(error);
    return false;
  }
}

function benchPushes(): boolean {
  section('pushes (10,000-recipient job on the local cloud)');
  try {
    execSync(`npx tsx ${join(root, 'test', 'bench', 'push-bench.ts')}`, { cwd: root, stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const results = [
    benchPackageSizes(),
    benchLocalCloud(),
    benchRequests(),
    await benchFirstScreenSection(),
    benchPushes(),
  ];
  if (results.some((ok) => !ok)) {
    console.error('\nbench: a budget was exceeded');
    process.exit(1);
  }
  console.log('\nbench: every budget met');
}

void main();
