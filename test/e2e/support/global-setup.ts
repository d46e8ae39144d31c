import { ensureE2EBuild } from '../../../bridge/ensure-build';
import { DEFAULT_STATIC_DIR, type RunningBridge, startBridge } from '../../../bridge/start-bridge';
import { BRIDGE_ENV } from './bridge-env';

declare global {
  var __qybE2EBridge: RunningBridge | undefined;
  /** When this run started: the contact sheet gathers the screens saved since (global-teardown.ts). */
  var __qybE2EStartedMs: number | undefined;
}

/** Jest globalSetup for the e2e project: one bridge for every spec file (workers inherit the env). */
export default async function globalSetup(): Promise<void> {
  globalThis.__qybE2EStartedMs = Date.now();
  if (process.env.QYB_E2E_TARGET === 'devtools' || process.env[BRIDGE_ENV]) return;
  ensureE2EBuild(DEFAULT_STATIC_DIR);
  globalThis.__qybE2EBridge = await startBridge();
  process.env[BRIDGE_ENV] = globalThis.__qybE2EBridge.wsEndpoint;
}
