/**
 * Scan-to-sign-in: a web service starts a QR session over the HTTP access route, the person
 * approves it through the real wx-server-sdk, the service polls for the code and exchanges it with
 * openid-client (PKCE, ID token). Expired, reused, declined and other clients' sessions are refused.
 */
import * as client from 'openid-client';
import { ALICE, SERVICE_ARGS, oidcCloud } from './oidc-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const o = oidcCloud();
const REDIRECT = 'https://qr.example.com/cb';
const MINUTE = 60_000;

describe('oidc: scan-to-sign-in for web services (openid-client, real SDK)', () => {
  let svc: { id: string; secret: string };
  let other: { id: string; secret: string };
  let config: client.Configuration;

  beforeAll(async () => {
    await o.setUp();
    svc = await o.addClient(SERVICE_ARGS(REDIRECT, 'openid,profile'));
    other = await o.addClient(SERVICE_ARGS(REDIRECT, 'openid'));
    config = await o.discover(svc.id, svc.secret);
  }, 60_000);

  const basic = (c: { id: string; secret: string }) =>
    `Basic ${Buffer.from(`${encodeURIComponent(c.id)}:${encodeURIComponent(c.secret)}`).toString('base64')}`;

  async function post(path: string, form: Record<string, string>, as = svc) {
    const r = await fetch(`${o.issuer()}${path}`, {
      method: 'POST',
      headers: { authorization: basic(as), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  }

  async function start() {
    const verifier = client.randomPKCECodeVerifier();
    const started = await post('/qr/start', {
      response_type: 'code',
      redirect_uri: REDIRECT,
      scope: 'openid profile',
      state: 'qr-state',
      nonce: 'qr-nonce',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    expect(started.status).toBe(200);
    return { verifier, qrId: started.body.qr_id as string, body: started.body };
  }

  const poll = (qrId: string, as = svc) => post('/qr/poll', { qr_id: qrId }, as);

  it('start → the person scans and approves → poll → code exchange with PKCE and the nonce', async () => {
    const { verifier, qrId, body } = await start();
    expect(qrId).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(body).toMatchObject({ expires_in: 180, mini_program: { scene: `q=${qrId}` } });
    expect(await poll(qrId)).toMatchObject({ status: 400, body: { error: 'authorization_pending' } });
    const shown = await o.call(ALICE.openid, 'qrRequest', { qrId });
    expect(shown).toMatchObject({ ok: true, data: { client: { name: '横琴测试服务' } } });
    expect(await o.call(ALICE.openid, 'qrApprove', { qrId })).toMatchObject({
      ok: false,
      error: { code: 'OIDC.TERMS_NOT_ACCEPTED' },
    });
    expect(await o.call(ALICE.openid, 'qrApprove', { qrId, termsAccepted: true })).toMatchObject({ ok: true });
    const polled = await poll(qrId);
    expect(polled.status).toBe(200);
    expect(polled.body.state).toBe('qr-state');
    const callback = new URL(`${REDIRECT}?${new URLSearchParams(polled.body as Record<string, string>)}`);
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: 'qr-state',
      expectedNonce: 'qr-nonce',
    });
    expect(tokens.claims()?.aud).toBe(svc.id);
    // Single use: the code is handed over once, and the QR code cannot be approved again.
    expect(await poll(qrId)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(await o.call(ALICE.openid, 'qrApprove', { qrId, termsAccepted: true })).toMatchObject({
      ok: false,
      error: { code: 'OIDC.QR_USED' },
    });
  });

  it('the code is bound to PKCE: a wrong verifier is refused at the token endpoint', async () => {
    const { qrId } = await start();
    await o.call(ALICE.openid, 'qrApprove', { qrId, termsAccepted: true });
    const polled = await poll(qrId);
    const callback = new URL(`${REDIRECT}?${new URLSearchParams(polled.body as Record<string, string>)}`);
    await expect(
      client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: client.randomPKCECodeVerifier(),
        expectedState: 'qr-state',
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('another client cannot poll the session; a declined one answers access_denied', async () => {
    const { qrId } = await start();
    expect(await poll(qrId, other)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(await o.call(ALICE.openid, 'qrDeny', { qrId })).toMatchObject({ ok: true });
    expect(await poll(qrId)).toMatchObject({ status: 400, body: { error: 'access_denied' } });
    expect(await o.call(ALICE.openid, 'qrApprove', { qrId, termsAccepted: true })).toMatchObject({
      ok: false,
      error: { code: 'OIDC.QR_USED' },
    });
  });

  it('an expired session is refused to the person and to the polling service', async () => {
    const { qrId } = await start();
    const [session] = await o.t.find(o.env(), 'oidc_qr_sessions', { _id: qrId });
    // At most 3 minutes (2–5 asked): the stored expiry says so; then it is moved into the past, as the clock would.
    expect((session?.expiresAt as number) - (session?.createdAt as number)).toBe(3 * MINUTE);
    await o.t
      .db(o.env())
      .collection(COLLECTIONS.oidcQrSessions)
      .doc(qrId)
      .update({ data: { expiresAt: Date.now() - 1 } });
    expect(await o.call(ALICE.openid, 'qrRequest', { qrId })).toMatchObject({
      ok: false,
      error: { code: 'OIDC.QR_EXPIRED' },
    });
    expect(await o.call(ALICE.openid, 'qrApprove', { qrId, termsAccepted: true })).toMatchObject({
      ok: false,
      error: { code: 'OIDC.QR_EXPIRED' },
    });
    expect(await poll(qrId)).toMatchObject({ status: 400, body: { error: 'expired_token' } });
  });

  it('a start without a registered redirect URI or PKCE is refused (RFC 6749 §5.2)', async () => {
    const refused = await post('/qr/start', { response_type: 'code', redirect_uri: REDIRECT, scope: 'openid' });
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const wrongSecret = await post('/qr/start', {}, { id: svc.id, secret: 'nope' });
    expect(wrongSecret).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });
});
