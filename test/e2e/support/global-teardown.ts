import { BRIDGE_ENV } from './bridge-env';

/** Jest globalTeardown for the e2e project: stops the bridge global-setup.ts started. */
export default async function globalTeardown(): Promise<void> {
  const bridge = globalThis.__qybE2EBridge;
  if (!bridge) return;
  globalThis.__qybE2EBridge = undefined;
  delete process.env[BRIDGE_ENV];
  await bridge.stop();
}
