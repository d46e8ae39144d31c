/**
 * Services registered by admins, the consent actions' refusals, pairwise `sub`, enterprises acted
 * for, the expired code, and the audit trail of authorizations and revocations: the oidc function
 * through the real wx-server-sdk, tokens through openid-client over the HTTP access route.
 */
import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { ALICE, SERVICE_ARGS, STAFF, oidcCloud } from './oidc-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';

const o = oidcCloud();
const A = 'https://a.example.com/cb';
const B = 'https://b.example.com/cb';
const codeId = (code: string) => createHash('sha256').update(code).digest('base64url');

describe('oidc: services, consent refusals, pairwise sub, enterprises, audit (real SDK)', () => {
  let a: { id: string; secret: string };
  let b: { id: string; secret: string };
  let configA: client.Configuration;
  let configB: client.Configuration;

  beforeAll(async () => {
    await o.setUp();
    a = await o.addClient(SERVICE_ARGS(A, 'openid,profile,enterprise'));
    b = await o.addClient(SERVICE_ARGS(B, 'openid'));
    configA = await o.discover(a.id, a.secret);
    configB = await o.discover(b.id, b.secret);
  });

  it('only admins register services; the list shows them without secrets', async () => {
    const refused = await o.call(ALICE.openid, 'clientAdd', {
      name: 'x',
      redirectUris: [A],
      termsUrl: 'https://x.example.com/t',
      privacyUrl: 'https://x.example.com/p',
      scopes: ['openid'],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ACCOUNT.FORBIDDEN' } });
    // Redirect URIs: https (http only for loopback), no fragment; openid always among the scopes.
    for (const [redirect, scopes] of [
      ['http://svc.example.com/cb', ['openid']],
      ['https://svc.example.com/cb#x', ['openid']],
      [A, ['profile']],
    ] as const) {
      const bad = await o.call(STAFF.openid, 'clientAdd', {
        name: 'x',
        redirectUris: [redirect],
        termsUrl: 'https://x.example.com/t',
        privacyUrl: 'https://x.example.com/p',
        scopes,
      });
      expect(bad).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID_INPUT' } });
    }
    const listed = await o.call<{ items: { clientId: string }[] }>(STAFF.openid, 'clientList', {});
    expect(listed.ok && listed.data.items.map((c) => c.clientId)).toEqual([a.id, b.id]);
    expect(JSON.stringify(listed)).not.toContain(a.secret);
    const stored = await o.t.db(o.env()).collection(COLLECTIONS.oidcClients).doc(a.id).get();
    expect(JSON.stringify(stored)).not.toContain(a.secret);
  });

  it('refuses an unknown client and a wrong redirect URI in request and approve, before any code', async () => {
    const { request } = await o.approve(configA, A, 'openid');
    for (const action of ['request', 'approve']) {
      const send = (r: Record<string, string>) =>
        o.call(ALICE.openid, action, action === 'request' ? r : { request: r, termsAccepted: true });
      expect(await send({ ...request, client_id: 'svc-nobody' })).toMatchObject({
        ok: false,
        error: { code: 'OIDC.CLIENT_UNKNOWN' },
      });
      expect(await send({ ...request, redirect_uri: 'https://a.example.com/elsewhere' })).toMatchObject({
        ok: false,
        error: { code: 'OIDC.REQUEST_INVALID' },
      });
      // Another service's registered URI is just as wrong.
      expect(await send({ ...request, redirect_uri: B })).toMatchObject({
        ok: false,
        error: { code: 'OIDC.REQUEST_INVALID' },
      });
    }
  });

  it('refuses an expired code with invalid_grant', async () => {
    const approved = await o.approve(configA, A, 'openid');
    const code = approved.callback.searchParams.get('code') as string;
    // The code's 60 s have passed: its stored expiry is moved into the past, as the clock would.
    await o.t
      .db(o.env())
      .collection(COLLECTIONS.oidcCodes)
      .doc(codeId(code))
      .update({ data: { expiresAt: Date.now() - 1 } });
    await expect(o.exchange(configA, approved)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('gives each service its own sub for the same person, the same one every time', async () => {
    const a1 = (await o.exchange(configA, await o.approve(configA, A, 'openid profile'))).claims()?.sub;
    const a2 = await o.exchange(configA, await o.approve(configA, A, 'openid'));
    const b1 = (await o.exchange(configB, await o.approve(configB, B, 'openid'))).claims()?.sub;
    expect(a1).toBe(a2.claims()?.sub);
    expect(b1).not.toBe(a1);
    const [alice] = await o.t.find(o.env(), COLLECTIONS.accounts, { accountName: ALICE.accountName });
    expect([a1, b1]).not.toContain(alice?._id);
    const info = await client.fetchUserInfo(configA, a2.access_token, a1 as string);
    expect(info.sub).toBe(a1);
  });

  it('lists under `enterprise` the enterprises the person acts for by a current approved grant', async () => {
    const [alice] = await o.t.find(o.env(), COLLECTIONS.accounts, { accountName: ALICE.accountName });
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const grant = (id: string, status: string, validUntil: string, name: string) =>
      o.t
        .db(o.env())
        .collection(COLLECTIONS.agentGrants)
        .doc(id)
        .set({
          data: {
            enterpriseId: `e-${id}`,
            enterpriseName: name,
            enterpriseUscc: `91440400MA${id.padStart(7, '0')}X`.slice(0, 18),
            agentId: alice?._id,
            status,
            validFrom: day(-10),
            validUntil,
          },
        });
    await grant('g1', 'approved', day(30), '琴澳代办有限公司');
    await grant('g2', 'approved', day(-2), '过期授权有限公司');
    await grant('g3', 'pending', day(30), '待审授权有限公司');
    const tokens = await o.exchange(configA, await o.approve(configA, A, 'openid enterprise'));
    const info = await client.fetchUserInfo(configA, tokens.access_token, tokens.claims()?.sub as string);
    expect(info.enterprises).toEqual([expect.objectContaining({ name: '琴澳代办有限公司', role: 'agent' })]);
  });

  it('audits each authorization and revocation; a revoked service’s tokens die at once', async () => {
    const tokens = await o.exchange(configB, await o.approve(configB, B, 'openid'));
    const sub = tokens.claims()?.sub as string;
    await client.fetchUserInfo(configB, tokens.access_token, sub);
    const list = await o.call<{ items: { id: string; client: string; revokedAt: string | null }[] }>(
      ALICE.openid,
      'authorizations',
      {},
    );
    const latest = list.ok ? list.data.items[0] : undefined;
    expect(latest).toMatchObject({ client: '横琴测试服务', revokedAt: null });
    expect(await o.call(ALICE.openid, 'revoke', { id: latest?.id })).toMatchObject({ ok: true });
    await expect(client.fetchUserInfo(configB, tokens.access_token, sub)).rejects.toBeDefined();
    await expect(client.refreshTokenGrant(configB, tokens.refresh_token as string)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    const audit = await o.t.find(o.env(), COLLECTIONS.auditLog, { target: latest?.id });
    expect(audit.map((e) => e.action).sort()).toEqual(['oidc.authorize', 'oidc.revoke']);
  });

  it('a disabled service can neither ask nor exchange', async () => {
    const approved = await o.approve(configB, B, 'openid');
    expect(await o.call(STAFF.openid, 'clientDisable', { clientId: b.id })).toMatchObject({ ok: true });
    expect(await o.call(ALICE.openid, 'request', approved.request)).toMatchObject({
      ok: false,
      error: { code: 'OIDC.CLIENT_UNKNOWN' },
    });
    const res = await fetch(`${o.issuer()}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: approved.callback.searchParams.get('code') as string,
        redirect_uri: B,
        code_verifier: approved.verifier,
        client_id: b.id,
        client_secret: b.secret,
      }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'invalid_client' });
  });
});
