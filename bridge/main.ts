import { ensureE2EBuild } from './ensure-build';
import { DEFAULT_STATIC_DIR, startBridge } from './start-bridge';

/** `npm run bridge`: everything the headless automator target needs, until Ctrl-C. */
async function main(): Promise<void> {
  const staticDir = DEFAULT_STATIC_DIR;
  ensureE2EBuild(staticDir);
  const port = process.env.QYB_BRIDGE_PORT ? Number(process.env.QYB_BRIDGE_PORT) : 9420;
  const bridge = await startBridge({ staticDir, port });
  console.log(`[bridge] app served by the ${bridge.cloud} at ${bridge.origin}`);
  console.log(`wsEndpoint: ${bridge.wsEndpoint}`);
  const stop = () => {
    void bridge.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
