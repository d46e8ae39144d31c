import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FUNCTIONS_DIR } from './cloud';

/** Builds the H5 app with the automator hook (and its functions) unless dist/h5-e2e already holds one. */
export function ensureE2EBuild(staticDir: string): void {
  if (existsSync(path.join(staticDir, 'index.html')) && existsSync(path.join(FUNCTIONS_DIR, 'consent'))) return;
  console.log(`[bridge] ${staticDir} is missing: npm run build:h5:e2e`);
  const built = spawnSync('npm', ['run', '--silent', 'build:h5:e2e'], {
    cwd: path.resolve(__dirname, '..'),
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('npm run build:h5:e2e failed');
}
