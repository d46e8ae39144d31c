import { existsSync } from 'node:fs';
import path from 'node:path';
import { type ServedCloud, startStaticServer } from './static-server';

/** The contract of test/support/local-cloud.ts (the local CloudBase-compatible backend). */
interface LocalCloudModule {
  startLocalCloud(options: {
    port: number;
    dataDir: string;
    functionsDir?: string;
    staticDir?: string;
  }): Promise<{ origin: string; stop(): Promise<void> }>;
}

export interface BridgeCloud extends ServedCloud {
  kind: 'local-cloud' | 'static';
}

const ROOT = path.resolve(__dirname, '..');
const LOCAL_CLOUD = path.join(ROOT, 'test', 'support', 'local-cloud.ts');

/** The local cloud serving the H5 build; a plain static server if the local cloud is not there yet. */
export async function startCloud(staticDir: string, dataDir: string): Promise<BridgeCloud> {
  if (existsSync(LOCAL_CLOUD)) {
    const localCloud = (await import(LOCAL_CLOUD)) as LocalCloudModule;
    const cloud = await localCloud.startLocalCloud({ port: 0, dataDir, staticDir });
    return { kind: 'local-cloud', origin: cloud.origin, stop: () => cloud.stop() };
  }
  return { kind: 'static', ...(await startStaticServer(staticDir)) };
}
