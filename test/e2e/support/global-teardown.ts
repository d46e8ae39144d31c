import { BRIDGE_ENV } from './bridge-env';
import { screensSince, writeContactSheet } from './contact-sheet';
import { reportUnseenPages } from './pages-coverage';
import { screenRows } from './variant-rows';
import { reportMissingVariants, unfinishedVariants } from './variants-coverage';

/**
 * Jest globalTeardown for the e2e project: stops the bridge global-setup.ts started, then gathers
 * the screens this run saved into one contact sheet (the specs save them from several workers),
 * lists the screens not in all four variants and the pages no screen shows, and fails the run when one saved through
 * saveScreenVariants lacks any (issue 20: coverage must not regress silently).
 */
export default async function globalTeardown(): Promise<void> {
  const bridge = globalThis.__qybE2EBridge;
  globalThis.__qybE2EBridge = undefined;
  delete process.env[BRIDGE_ENV];
  if (bridge) await bridge.stop();
  const started = globalThis.__qybE2EStartedMs;
  globalThis.__qybE2EStartedMs = undefined;
  if (started === undefined) return;
  const files = screensSince(started);
  if (files.length === 0) return;
  const rows = screenRows(files);
  await writeContactSheet(rows);
  const missing = reportMissingVariants(rows);
  if (missing.length > 0)
    console.log(`screens not yet in all four variants (${missing.length}):\n${missing.join('\n')}`);
  const unseen = reportUnseenPages(started);
  if (unseen.length > 0) console.log(`pages no screen of this run shows (${unseen.length}):\n${unseen.join('\n')}`);
  const unfinished = unfinishedVariants(started);
  if (unfinished.length > 0)
    throw new Error(`screens saved through saveScreenVariants without every variant: ${unfinished.join(', ')}`);
}
