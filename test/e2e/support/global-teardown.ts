import { BRIDGE_ENV } from './bridge-env';
import { writeRunContactSheet } from './contact-sheet';

/**
 * Jest globalTeardown for the e2e project: stops the bridge global-setup.ts started, then gathers
 * the screens this run saved into one contact sheet (the specs save them from several workers).
 */
export default async function globalTeardown(): Promise<void> {
  const bridge = globalThis.__qybE2EBridge;
  globalThis.__qybE2EBridge = undefined;
  delete process.env[BRIDGE_ENV];
  if (bridge) await bridge.stop();
  const started = globalThis.__qybE2EStartedMs;
  globalThis.__qybE2EStartedMs = undefined;
  if (started !== undefined) await writeRunContactSheet(started);
}
