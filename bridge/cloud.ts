import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureOidcDevKeys } from '../scripts/keys/oidc-dev-keys';
import { ensureLocalKeys } from '../scripts/keys/local-keys';
import { OUTSIDE_ENV, registerOutsideProvider } from './outside-provider';
import { type ServedCloud, startStaticServer } from './static-server';

/** What the bridge needs of localcloud/index.ts (the local CloudBase-compatible backend). */
interface LocalCloudModule {
  startLocalCloud(options: {
    port: number;
    dataDir: string;
    functionsDir?: string;
    staticDir?: string;
    functionEnv?: (env: string) => Readonly<Record<string, string>>;
  }): Promise<{ origin: string; stop(): Promise<void> }>;
}

export interface BridgeCloud extends ServedCloud {
  kind: 'local-cloud' | 'static';
}

const ROOT = path.resolve(__dirname, '..');
const LOCAL_CLOUD = path.join(ROOT, 'localcloud', 'index.ts');
/** The functions built with the e2e build (`build:h5:e2e`): the same policies module as the app. */
export const FUNCTIONS_DIR = path.join(ROOT, 'dist', 'cloudfunctions-e2e');

/**
 * The local cloud serving the H5 build and running the functions built with it (dist/cloudfunctions-e2e).
 * `QYB_BRIDGE_STATIC_ONLY=1` (or a checkout without localcloud/) serves the build alone.
 */
export async function startCloud(staticDir: string, dataDir: string): Promise<BridgeCloud> {
  if (existsSync(LOCAL_CLOUD) && process.env.QYB_BRIDGE_STATIC_ONLY !== '1') {
    // The functions' field-encryption keys (as `npm start` gives them), unless the caller set its own.
    if (!process.env.QYB_FIELD_KEY || !process.env.QYB_INDEX_KEY) Object.assign(process.env, ensureLocalKeys(dataDir));
    // Staff who enrolled a second factor are held to it; the older staff stories never enrol one
    // (test/e2e/staff-factor.spec.ts tells the enrolled staff member's story).
    process.env.QYB_STAFF_FACTOR ??= 'when-enrolled';
    const localCloud = (await import(LOCAL_CLOUD)) as LocalCloudModule;
    let origin = '';
    const cloud = await localCloud.startLocalCloud({
      port: 0,
      dataDir,
      staticDir,
      functionsDir: FUNCTIONS_DIR,
      // Each story's environment has its own provider address, as each CloudBase environment has
      // its own domain; `local` keeps the one `npm start` prints (it plays the outside platform).
      functionEnv: (env): Record<string, string> =>
        env === OUTSIDE_ENV ? {} : { QYB_OIDC_ISSUER: `${origin}/@${env}/oidc` },
    });
    origin = cloud.origin;
    // The oidc function loads only with a signing key and an issuer (as `npm start` gives them).
    process.env.QYB_OIDC_SIGNING_KEYS ??= ensureOidcDevKeys(dataDir);
    process.env.QYB_OIDC_ISSUER ??= `${cloud.origin}/oidc`;
    // 关联账号: our own provider plays the outside platform (bridge/outside-provider.ts).
    await registerOutsideProvider(cloud.origin);
    return { kind: 'local-cloud', origin: cloud.origin, stop: () => cloud.stop() };
  }
  return { kind: 'static', ...(await startStaticServer(staticDir)) };
}
