/**
 * The whole OpenID Connect flow with the real openid-client against the oidc function, reached
 * through the local cloud's HTTP access route; the person approves through the real wx-server-sdk.
 */
import * as client from 'openid-client';
import { createHash } from 'node:crypto';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { ALICE, accountCloud } from '../account/account-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';
import { newEs256Jwk } from '../../../scripts/keys/oidc-dev-keys';

const t = accountCloud();
const SECRET = 'svc-secret-0123456789-abcdefghijklmnop';
const REDIRECT = 'https://svc.example.com/callback';

async function oidcCall(env: string, openid: string, action: string, input: unknown) {
  const r = (await t.cloud().sdk({ env, openid }).callFunction({ name: 'oidc', data: { action, input } })) as {
    result: unknown;
  };
  return r.result as Result<unknown>;
}

describe('oidc: the 琴易办 account as an OpenID provider (openid-client, real SDK)', () => {
  let env: string;
  let config: client.Configuration;

  beforeAll(async () => {
    // Not jose's generateKeyPair + exportJWK: Node 20's JWK export of a just-made key can deadlock
    // (scripts/keys/oidc-dev-keys.ts).
    const jwk = newEs256Jwk('test-1');
    env = t.cloud().freshEnv();
    process.env.QYB_OIDC_SIGNING_KEYS = JSON.stringify({ keys: [jwk] });
    process.env.QYB_OIDC_ISSUER = `${t.cloud().cloud.origin}/@${env}/oidc`;
    await t.register(env, ALICE);
    await t.signIn(env, ALICE.openid, ALICE);
    await t.agree(env, ALICE.openid);
    await t
      .db(env)
      .collection(COLLECTIONS.oidcClients)
      .doc('svc')
      .set({
        data: {
          name: '横琴示例服务',
          secretHash: createHash('sha256').update(SECRET).digest('base64url'),
          redirectUris: [REDIRECT],
          termsUrl: 'https://svc.example.com/terms',
          privacyUrl: 'https://svc.example.com/privacy',
          allowedScopes: ['openid', 'profile', 'phone', 'real_name'],
          grantTypes: ['authorization_code', 'refresh_token'],
          createdAt: 0,
          createdBy: 'test',
        },
      });
    const probe = await fetch(`${process.env.QYB_OIDC_ISSUER}/.well-known/openid-configuration`);
    if (!probe.ok) throw new Error(`${probe.status} ${await probe.text()}`);
    config = await client.discovery(new URL(process.env.QYB_OIDC_ISSUER), 'svc', SECRET, undefined, {
      execute: [client.allowInsecureRequests],
    });
  });

  async function approve(scope: string) {
    const verifier = client.randomPKCECodeVerifier();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT,
      scope,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: 'st-1',
    });
    const request = Object.fromEntries(url.searchParams);
    const shown = await oidcCall(env, ALICE.openid, 'request', request);
    const approved = await oidcCall(env, ALICE.openid, 'approve', { request, termsAccepted: true });
    if (!approved.ok) throw new Error(approved.error.code);
    return { shown, verifier, callback: new URL((approved.data as { redirect: string }).redirect) };
  }

  it('discovery, approval, code exchange with PKCE, ID token, userinfo per scope, refresh, revocation', async () => {
    expect(config.serverMetadata().code_challenge_methods_supported).toEqual(['S256']);
    const { shown, verifier, callback } = await approve('openid profile');
    expect(shown).toMatchObject({ ok: true, data: { client: { name: '横琴示例服务' } } });
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: 'st-1',
    });
    const claims = tokens.claims();
    expect(claims?.aud).toBe('svc');
    const info = await client.fetchUserInfo(config, tokens.access_token, claims?.sub as string);
    expect(info.name).not.toBe(ALICE.realName);
    expect(String(info.name)).toContain(ALICE.realName.slice(-1));
    expect(info.real_name).toBeUndefined();

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token as string);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token as string)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    // Reuse of the rotated token revoked the whole family: the new one is dead too.
    await expect(client.fetchUserInfo(config, refreshed.access_token, claims?.sub as string)).rejects.toBeDefined();
  });

  it('refuses a reused code, a wrong verifier and a wrong redirect URI with invalid_grant', async () => {
    const first = await approve('openid');
    await client.authorizationCodeGrant(config, first.callback, {
      pkceCodeVerifier: first.verifier,
      expectedState: 'st-1',
    });
    await expect(
      client.authorizationCodeGrant(config, first.callback, {
        pkceCodeVerifier: first.verifier,
        expectedState: 'st-1',
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
    const second = await approve('openid');
    await expect(
      client.authorizationCodeGrant(config, second.callback, {
        pkceCodeVerifier: client.randomPKCECodeVerifier(),
        expectedState: 'st-1',
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
    const third = await approve('openid');
    const code = third.callback.searchParams.get('code') as string;
    const res = await fetch(`${process.env.QYB_OIDC_ISSUER}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: 'https://svc.example.com/other',
        code_verifier: third.verifier,
        client_id: 'svc',
        client_secret: SECRET,
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses an unknown client with invalid_client (401)', async () => {
    const res = await fetch(`${process.env.QYB_OIDC_ISSUER}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: 'x',
        client_id: 'nobody',
        client_secret: 'x',
      }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'invalid_client' });
  });
});
