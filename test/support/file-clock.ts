/**
 * The file clock for bundled functions (test/fixtures/clock): a bundle built with `fileClockPlugin`
 * reads "now" as real time plus the offset in the file QYB_TEST_CLOCK_FILE names, so a test moves
 * every function's clock forward instead of sleeping (sleeps stretch and race under load).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

const root = resolve(__dirname, '..', '..');

/** Every import of cloudfunctions/lib/handler/clock (the handler's and the timers') gets the file clock. */
export const fileClockPlugin: Plugin = {
  name: 'file-clock',
  setup(b) {
    b.onResolve({ filter: /(^|\/)clock$/ }, (args) =>
      resolve(args.resolveDir, args.path) === join(root, 'cloudfunctions', 'lib', 'handler', 'clock')
        ? { path: join(root, 'test', 'fixtures', 'clock', 'file-clock.ts') }
        : undefined,
    );
  },
};

/**
 * Points QYB_TEST_CLOCK_FILE (read by the functions the local cloud starts: the runner hands them
 * this process's environment) at a fresh offset file, at zero.
 */
export function useClockFile() {
  const file = join(mkdtempSync(join(tmpdir(), 'qyb-clock-')), 'offset');
  writeFileSync(file, '0');
  process.env.QYB_TEST_CLOCK_FILE = file;
  /** Moves every function's clock `ms` ahead of real time (0: back to real time). */
  return (ms: number) => writeFileSync(file, String(ms));
}
