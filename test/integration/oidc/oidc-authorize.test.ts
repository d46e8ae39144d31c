/**
 * The authorization endpoint the discovery document advertises, opened the way a browser opens
 * it (through the local cloud's HTTP access route): a page saying where to confirm, or a refusal
 * in place that never sends the browser anywhere.
 */
import * as client from 'openid-client';
import { SERVICE_ARGS, oidcCloud } from './oidc-cloud';

const o = oidcCloud();
const REDIRECT = 'https://web.example.com/cb';

describe('oidc: GET <issuer>/authorize in a browser (real SDK, HTTP access route)', () => {
  let config: client.Configuration;

  beforeAll(async () => {
    await o.setUp();
    const svc = await o.addClient(SERVICE_ARGS(REDIRECT, 'openid,profile'));
    config = await o.discover(svc.id, svc.secret);
  }, 60_000);

  /** The service's own authorization URL, as openid-client builds it from discovery. */
  async function authorizationUrl(params: Record<string, string> = {}) {
    return client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT,
      scope: 'openid profile',
      state: 'st-a',
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
      ...params,
    });
  }

  const open = (url: URL) => fetch(url, { redirect: 'manual', headers: { accept: 'text/html' } });

  it('shows a valid request as a page naming the service', async () => {
    const url = await authorizationUrl();
    expect(`${url.origin}${url.pathname}`).toBe(`${o.issuer()}/authorize`);
    const res = await open(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('横琴测试服务');
    expect(html).toContain('琴易办小程序');
  });

  it('refuses an unregistered redirect_uri in place, with no redirect', async () => {
    const res = await open(await authorizationUrl({ redirect_uri: 'https://evil.example.com/cb' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('登录请求无效');
  });

  it('refuses an unknown client in place, with no redirect', async () => {
    const url = await authorizationUrl();
    url.searchParams.set('client_id', 'nobody');
    const res = await open(url);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });
});
