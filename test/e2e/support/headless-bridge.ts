import { ensureE2EBuild } from '../../../bridge/ensure-build';
import { DEFAULT_STATIC_DIR, type RunningBridge, startBridge } from '../../../bridge/start-bridge';
import { BRIDGE_ENV } from './bridge-env';

let own: Promise<RunningBridge> | undefined;

/**
 * The bridge's wsEndpoint: the run-wide one from global setup, or (when a spec file runs without
 * it) one started for this file and stopped after it.
 */
export async function headlessEndpoint(): Promise<string> {
  const shared = process.env[BRIDGE_ENV];
  if (shared) return shared;
  if (!own) {
    ensureE2EBuild(DEFAULT_STATIC_DIR);
    own = startBridge();
  }
  return (await own).wsEndpoint;
}

afterAll(async () => {
  if (own) await (await own).stop();
});
