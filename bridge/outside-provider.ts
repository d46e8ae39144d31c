import { randomBytes } from 'node:crypto';
import { COLLECTIONS } from '../cloudfunctions/lib/infra/collections';
import type { OidcClientRecord } from '../cloudfunctions/lib/oidc/oidc.records';
import { digest } from '../cloudfunctions/lib/oidc/token-digest';
import { sdkAt } from '../test/support/local-cloud';

/** The environment that plays the outside platform: the local cloud's default one (`/oidc`). */
export const OUTSIDE_ENV = 'local';
export const OUTSIDE_CLIENT_ID = 'svc-e2e-yuexinqian';

/**
 * Our own OpenID provider (the oidc function in the `local` environment, served at `<origin>/oidc`)
 * plays 粤信签 for every story: 琴易办 is registered there as a client, as 粤信签's operator would do
 * on their side (written from the console, outside the stories' own environments), and the account
 * function gets the four QYB_LINKED_YUEXINQIAN_* values an operator sets. Set before any function
 * instance starts, since an instance keeps the environment it started with.
 */
export async function registerOutsideProvider(origin: string): Promise<void> {
  if (process.env.QYB_LINKED_YUEXINQIAN_ISSUER) return;
  const secret = randomBytes(32).toString('base64url');
  const redirectUri = `${origin}/linked-callback.html`;
  const record: Omit<OidcClientRecord, '_id'> = {
    name: '琴易办（关联账号）',
    secretHash: digest(secret),
    redirectUris: [redirectUri],
    termsUrl: 'https://qyb.example.com/terms',
    privacyUrl: 'https://qyb.example.com/privacy',
    allowedScopes: ['openid'],
    grantTypes: ['authorization_code'],
    sectorId: OUTSIDE_CLIENT_ID,
    disabledAt: null,
    createdAt: Date.now(),
    createdBy: 'operator',
  };
  const db = sdkAt(`${origin}/tcb`, { env: OUTSIDE_ENV }).database();
  await db.collection(COLLECTIONS.oidcClients).doc(OUTSIDE_CLIENT_ID).set({ data: record });
  Object.assign(process.env, {
    QYB_LINKED_YUEXINQIAN_ISSUER: process.env.QYB_OIDC_ISSUER,
    QYB_LINKED_YUEXINQIAN_CLIENT_ID: OUTSIDE_CLIENT_ID,
    QYB_LINKED_YUEXINQIAN_CLIENT_SECRET: secret,
    QYB_LINKED_YUEXINQIAN_REDIRECT_URI: redirectUri,
  });
}
