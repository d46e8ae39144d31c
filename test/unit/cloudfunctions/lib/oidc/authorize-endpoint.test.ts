import { createHash } from 'node:crypto';
import { authorizeEndpoint } from '../../../../../cloudfunctions/lib/oidc/authorize-endpoint';
import type { HttpAccessEvent } from '../../../../../cloudfunctions/lib/oidc/http-event';
import type { OidcDeps } from '../../../../../cloudfunctions/lib/oidc/oidc.deps';
import type { OidcClientRecord } from '../../../../../cloudfunctions/lib/oidc/oidc.records';
import type { OidcRepository } from '../../../../../cloudfunctions/lib/oidc/oidc.repository';

const ISSUER = 'https://qyb.example.com/oidc';
const REDIRECT = 'https://svc.example.com/callback';
const NAME = '横琴<script>alert(1)</script>&服务';

const SERVICE: OidcClientRecord = {
  _id: 'svc',
  name: NAME,
  secretHash: 'x',
  redirectUris: [REDIRECT],
  termsUrl: 'https://svc.example.com/terms',
  privacyUrl: 'https://svc.example.com/privacy',
  allowedScopes: ['openid', 'profile'],
  grantTypes: ['authorization_code'],
  disabledAt: null,
  createdAt: 0,
  createdBy: 'test',
};

const REQUEST = {
  client_id: 'svc',
  redirect_uri: REDIRECT,
  response_type: 'code',
  scope: 'openid profile',
  state: 'st-1',
  code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  code_challenge_method: 'S256',
};

/**
 * The endpoint reads clients only. (The router is reached through the local cloud in
 * test/integration/oidc: it imports jose, which this project does not compile.)
 */
function depsWith(clients: OidcClientRecord[]): OidcDeps {
  const repository = { client: async (id: string) => clients.find((c) => c._id === id) ?? null };
  return { issuer: ISSUER, repository: repository as unknown as OidcRepository } as OidcDeps;
}

function authorize(query: Record<string, string>, httpMethod = 'GET', clients = [SERVICE]) {
  const event: HttpAccessEvent = { path: '/oidc/authorize', httpMethod, headers: {}, queryStringParameters: query };
  return authorizeEndpoint(depsWith(clients), event);
}

function expectRefusedInPlace(response: Awaited<ReturnType<typeof authorize>>) {
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(Object.keys(response.headers).map((h) => h.toLowerCase())).not.toContain('location');
  expect(response.body).toContain('登录请求无效');
  expect(response.body).not.toContain(REDIRECT);
}

describe('GET <issuer>/authorize', () => {
  describe('when the request is valid', () => {
    it('answers a page naming the service, its name as text', async () => {
      const response = await authorize(REQUEST);
      expect(response.statusCode).toBe(200);
      expect(response.headers).toMatchObject({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      });
      expect(response.body).toContain('横琴&lt;script&gt;alert(1)&lt;/script&gt;&amp;服务');
      expect(response.body).not.toContain('<script');
      expect(response.body).toContain('琴易办小程序');
    });

    it('allows its one stylesheet by hash, nothing else, and may be framed by the web-view', async () => {
      const { headers, body } = await authorize(REQUEST);
      const style = /<style>([^<]*)<\/style>/.exec(body)?.[1] ?? '';
      const hash = createHash('sha256').update(style).digest('base64');
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain(`style-src 'sha256-${hash}'`);
      expect(csp).not.toMatch(/script-src|frame-ancestors|unsafe/);
      expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
    });

    it('ignores parameters it does not know (RFC 6749 §3.1)', async () => {
      expect((await authorize({ ...REQUEST, prompt: 'login', ui_locales: 'zh-CN' })).statusCode).toBe(200);
    });

    it('answers HEAD with the same status and headers and no body', async () => {
      const response = await authorize(REQUEST, 'HEAD');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toBe('');
    });
  });

  describe('when the request is invalid, it refuses in place and never redirects', () => {
    it('for an unknown client', async () => {
      expectRefusedInPlace(await authorize({ ...REQUEST, client_id: 'nobody' }));
    });

    it('for a disabled client', async () => {
      expectRefusedInPlace(await authorize(REQUEST, 'GET', [{ ...SERVICE, disabledAt: 1 }]));
    });

    it('for a redirect_uri the client did not register', async () => {
      expectRefusedInPlace(await authorize({ ...REQUEST, redirect_uri: 'https://evil.example.com/callback' }));
    });

    it('without PKCE', async () => {
      const { code_challenge: _challenge, code_challenge_method: _method, ...withoutPkce } = REQUEST;
      expectRefusedInPlace(await authorize(withoutPkce));
    });

    it('for a scope the client may not ask for', async () => {
      expectRefusedInPlace(await authorize({ ...REQUEST, scope: 'openid real_name' }));
    });
  });

  describe('when the request comes as a POSTed form (OIDC Core §3.1.2.1)', () => {
    it('reads the form body as GET reads the query', async () => {
      const event: HttpAccessEvent = {
        path: '/oidc/authorize',
        httpMethod: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(REQUEST).toString(),
      };
      const response = await authorizeEndpoint(depsWith([SERVICE]), event);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('横琴&lt;script&gt;');
    });
  });

  describe('when the method is neither GET, HEAD nor a POSTed form', () => {
    it('answers 405 naming the methods allowed', async () => {
      for (const method of ['PUT', 'POST']) {
        const response = await authorize(REQUEST, method);
        expect(response.statusCode).toBe(405);
        expect(response.headers.allow).toBe('GET, HEAD, POST');
      }
    });
  });
});
