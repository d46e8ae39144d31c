import { headlessEndpoint } from '../../support/headless-bridge';
import { RawClient } from './raw-client';

/** A raw connection to the run's bridge (a browser context of its own and a fresh identity, like any automator). */
export async function connectRaw(): Promise<RawClient> {
  return RawClient.open(await headlessEndpoint());
}

/** Polls a raw call until `done` holds; the bridge answers at once, the app may need a moment. */
export async function waitUntil(what: string, done: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
