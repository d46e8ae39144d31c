import { createHash, randomBytes } from 'node:crypto';
import { ERROR_MESSAGES } from '../../cloudfunctions/lib/errors/codes';
import { zhCNOidc } from '../../src/i18n/zh-CN-oidc';
import { tap, textOf } from './support/interact';
import { registerInForm } from './support/register';
import { storyCloud } from './support/same-cloud';
import { staffDesk } from './support/staff-desk';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { onPage, until } from './support/wait';

const PAGES = {
  center: 'packages/privacy/pages/center/index',
  authorized: 'packages/oidc/pages/authorized/index',
  consent: 'packages/oidc/pages/consent/index',
} as const;

const REDIRECT = 'https://web.example.com/callback';

/** A web service's form POST to the provider, authenticated with its secret (client_secret_basic). */
async function servicePost(
  url: string,
  client: { clientId: string; clientSecret: string },
  form: Record<string, string>,
) {
  const basic = Buffer.from(
    `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`,
  ).toString('base64');
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A JWT's claims, read without checking the signature (the integration flow verifies it with openid-client). */
const claimsOf = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

/** What WeChat's scanner answers (wx.scanCode success), the only thing mocked, at the WeChat boundary. */
const scanned = (result: string) => ({ result, scanType: 'QR_CODE', charSet: 'UTF-8', errMsg: 'scanCode:ok' });

describe('scan-to-sign-in from inside the app', () => {
  story(
    'the person scans a code: not ours is refused on the spot; a sign-in QR opens its consent page',
    async (miniProgram) => {
      await registerInForm(miniProgram);
      await miniProgram.navigateTo(`/${PAGES.center}`);
      const center = await onPage(miniProgram, PAGES.center);
      await tap(center, '.privacy-center__authorized');
      const list = await onPage(miniProgram, PAGES.authorized);
      expect(await textOf(list, 'button.oidc__scan')).toBe(zhCNOidc.scan.button);
      // Saved once the list has answered (none yet), not while it loads.
      await until('the empty list', async () => list.$('.oidc__empty'));
      await saveScreenVariants(miniProgram, 'oidc-scan-entry');

      try {
        await miniProgram.mockWxMethod('scanCode', scanned('https://shop.example.com/item/123'));
        await tap(list, 'button.oidc__scan');
        expect(await textOf(list, '.oidc__scan-error')).toBe(zhCNOidc.scan.notOurs);

        // A service's scan-to-sign-in link, for a session this cloud never started (or long expired).
        await miniProgram.mockWxMethod('scanCode', scanned('https://qyb.example.com/oidc/qr/AbCdEfGhIjKl'));
        await tap(list, 'button.oidc__scan');
        const consent = await onPage(miniProgram, PAGES.consent);
        await until('the server’s answer about that QR', async () => (await consent.$('.oidc__error')) !== null);
        expect(await textOf(consent, '.oidc__error')).toBe(ERROR_MESSAGES['OIDC.REQUEST_INVALID']);
        expect((await miniProgram.currentPage())?.query.q).toContain('AbCdEfGhIjKl');
      } finally {
        await miniProgram.restoreWxMethod('scanCode');
      }
    },
  );

  story(
    'a web service shows a sign-in QR; the person scans it, accepts its terms and approves; the service polls and gets its tokens',
    async (miniProgram) => {
      const desk = await staffDesk(miniProgram);
      const added = await desk.call<{ clientId: string; clientSecret: string }>('oidc', 'clientAdd', {
        name: '横琴网上服务',
        redirectUris: [REDIRECT],
        termsUrl: 'https://web.example.com/terms',
        privacyUrl: 'https://web.example.com/privacy',
        scopes: ['openid', 'profile'],
      });
      if (!added.ok) throw new Error(`clientAdd: ${added.error.code}`);
      const client = added.data;
      await registerInForm(miniProgram);

      // The service: this story's environment is its own provider address, as a CloudBase environment's domain is.
      const { serviceUrl, env } = await storyCloud(miniProgram);
      const issuer = `${serviceUrl.replace(/\/tcb$/, '')}/@${env}/oidc`;
      const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
        issuer: string;
      };
      expect(discovery.issuer).toBe(issuer);
      const verifier = randomBytes(32).toString('base64url');
      const started = await servicePost(`${issuer}/qr/start`, client, {
        redirect_uri: REDIRECT,
        response_type: 'code',
        scope: 'openid profile',
        state: 'web-state',
        nonce: 'web-nonce',
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
        code_challenge_method: 'S256',
      });
      expect(started.status).toBe(200);
      const qrContent = String(started.body.qr_content);
      expect(qrContent).toBe(`${issuer}/qr/${String(started.body.qr_id)}`);
      const poll = () => servicePost(`${issuer}/qr/poll`, client, { qr_id: String(started.body.qr_id) });
      expect((await poll()).body.error).toBe('authorization_pending');

      await miniProgram.navigateTo(`/${PAGES.center}`);
      await tap(await onPage(miniProgram, PAGES.center), '.privacy-center__authorized');
      const list = await onPage(miniProgram, PAGES.authorized);
      try {
        await miniProgram.mockWxMethod('scanCode', scanned(qrContent));
        await tap(list, 'button.oidc__scan');
      } finally {
        await miniProgram.restoreWxMethod('scanCode');
      }
      const consent = await onPage(miniProgram, PAGES.consent);
      const service = await until('the service asking', async () => consent.$('.oidc__service'));
      expect(await service.text()).toBe('横琴网上服务');
      await saveScreenVariants(miniProgram, 'oidc-scan-consent');
      await tap(consent, '.oidc__accept');
      await tap(consent, 'button.oidc__approve');
      await until('the approval', async () => (await consent.$('.oidc__outcome--approved')) !== null);

      const answered = await poll();
      expect(answered.status).toBe(200);
      expect(answered.body.state).toBe('web-state');
      const tokens = await servicePost(`${issuer}/token`, client, {
        grant_type: 'authorization_code',
        code: String(answered.body.code),
        redirect_uri: REDIRECT,
        code_verifier: verifier,
      });
      expect(tokens.status).toBe(200);
      const idToken = claimsOf(String(tokens.body.id_token));
      expect(idToken).toMatchObject({ iss: issuer, aud: client.clientId, nonce: 'web-nonce' });
      // The code is handed over once: a second poll is refused (RFC 8628 §3.5's invalid_grant).
      expect((await poll()).body.error).toBe('invalid_grant');
    },
    120_000,
  );
});
