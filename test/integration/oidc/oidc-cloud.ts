/**
 * The oidc function through the real wx-server-sdk and the local cloud's HTTP access route, with a
 * fresh environment, a fresh signing key, and services registered the way admins do it: through
 * `oidc.clientAdd`, driven by the staff command's own code (scripts/staff/oidc-client.ts).
 */
import * as client from 'openid-client';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import type { LogoPort } from '../../../scripts/staff/logo-upload';
import { runOidcClient, type CallOidc } from '../../../scripts/staff/oidc-client';
import { ALICE, STAFF, accountCloud } from '../account/account-cloud';
import { setRoles } from '../../support/set-roles';
import { newEs256Jwk } from '../../../scripts/keys/oidc-dev-keys';

export { ALICE, STAFF };

export function oidcCloud() {
  const t = accountCloud();
  let env = '';
  const issuer = () => process.env.QYB_OIDC_ISSUER as string;

  async function call<T = unknown>(openid: string, action: string, input: unknown): Promise<Result<T>> {
    const r = (await t.cloud().sdk({ env, openid }).callFunction({ name: 'oidc', data: { action, input } })) as {
      result: unknown;
    };
    return r.result as Result<T>;
  }

  /** What the staff command uploads a logo with, as `openid`: the files function and the SDK's uploadFile. */
  function logos(openid: string, read: LogoPort['read'] = async () => Buffer.alloc(0)): LogoPort {
    const sdk = () => t.cloud().sdk({ env, openid });
    return {
      async files<T>(action: string, input: unknown) {
        const r = (await sdk().callFunction({ name: 'files', data: { action, input } })) as { result: unknown };
        return r.result as Result<T>;
      },
      store: async (cloudPath, bytes) => (await sdk().uploadFile({ cloudPath, fileContent: bytes })).fileID,
      read,
    };
  }

  return {
    t,
    env: () => env,
    issuer,
    call,
    logos,
    /** A fresh environment with ALICE signed in and STAFF made admin from the console. */
    async setUp() {
      // Not jose's generateKeyPair + exportJWK: Node 20's JWK export of a just-made key can deadlock
      // (scripts/keys/oidc-dev-keys.ts).
      const jwk = newEs256Jwk('test-consent-1');
      env = t.cloud().freshEnv();
      process.env.QYB_OIDC_SIGNING_KEYS = JSON.stringify({ keys: [jwk] });
      process.env.QYB_OIDC_ISSUER = `${t.cloud().cloud.origin}/@${env}/oidc`;
      for (const person of [ALICE, STAFF]) {
        await t.register(env, person);
        await t.signIn(env, person.openid, person);
        await t.agree(env, person.openid);
      }
      await setRoles(t.db(env), STAFF.accountName, ['user', 'staff', 'admin']);
    },
    /** `npm run staff -- oidc-client add …` as STAFF; returns the printed client id and secret. */
    async addClient(args: string[], read?: LogoPort['read']) {
      const lines: string[] = [];
      const code = await runOidcClient(
        ((action: string, input: unknown) => call(STAFF.openid, action, input)) as CallOidc,
        ['add', ...args],
        (line) => lines.push(line),
        logos(STAFF.openid, read),
      );
      if (code !== 0) throw new Error(lines.join('\n'));
      const value = (label: string) => (lines.find((l) => l.startsWith(label)) ?? '').split(/\s+/)[1] as string;
      return { id: value('client_id:'), secret: value('client_secret:') };
    },
    async discover(id: string, secret: string) {
      return client.discovery(new URL(issuer()), id, secret, undefined, { execute: [client.allowInsecureRequests] });
    },
    /** The person approves `scope` for the service in the mini-program; the code comes back in the redirect. */
    async approve(config: client.Configuration, redirectUri: string, scope: string, openid = ALICE.openid) {
      const verifier = client.randomPKCECodeVerifier();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: 'st-2',
      });
      const request = Object.fromEntries(url.searchParams);
      const approved = await call<{ redirect: string }>(openid, 'approve', { request, termsAccepted: true });
      if (!approved.ok) throw new Error(approved.error.code);
      return { request, verifier, callback: new URL(approved.data.redirect) };
    },
    async exchange(config: client.Configuration, approved: { verifier: string; callback: URL }) {
      return client.authorizationCodeGrant(config, approved.callback, {
        pkceCodeVerifier: approved.verifier,
        expectedState: 'st-2',
      });
    },
  };
}

export const SERVICE_ARGS = (redirect: string, scopes: string) => [
  '--name',
  '横琴测试服务',
  '--redirect-uri',
  redirect,
  '--terms-url',
  'https://svc.example.com/terms',
  '--privacy-url',
  'https://svc.example.com/privacy',
  '--scopes',
  scopes,
];
