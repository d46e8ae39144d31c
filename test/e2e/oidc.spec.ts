import { zhCNOidc } from '../../src/i18n/zh-CN-oidc';
import { saveScreen } from './support/screens';
import { staffDesk } from './support/staff-desk';
import { tap, textOf } from './support/interact';
import { registerInForm } from './support/register';
import { story } from './support/story';
import { onPage, until } from './support/wait';

const PAGES = {
  consent: 'packages/oidc/pages/consent/index',
  center: 'packages/privacy/pages/center/index',
  authorized: 'packages/oidc/pages/authorized/index',
} as const;

const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
const REDIRECT = 'https://svc.example.com/callback';

describe('signing in to another service with the 琴易办 account', () => {
  story(
    'a service asks, the person reads its terms and approves, then revokes it in the privacy center',
    async (miniProgram) => {
      const desk = await staffDesk(miniProgram);
      const added = await desk.call<{ clientId: string }>('oidc', 'clientAdd', {
        name: '横琴示例服务',
        redirectUris: [REDIRECT],
        termsUrl: 'https://svc.example.com/terms',
        privacyUrl: 'https://svc.example.com/privacy',
        scopes: ['openid', 'profile', 'real_name'],
      });
      if (!added.ok) throw new Error(`clientAdd: ${added.error.code}`);
      await registerInForm(miniProgram);

      // What another mini-program (or a scanned link) sends: an authorization request with PKCE.
      const query = new URLSearchParams({
        client_id: added.data.clientId,
        redirect_uri: REDIRECT,
        response_type: 'code',
        scope: 'openid profile real_name',
        state: 'e2e-state',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      });
      await miniProgram.navigateTo(`/${PAGES.consent}?${query.toString()}`);
      const consent = await onPage(miniProgram, PAGES.consent);
      expect(await textOf(consent, '.oidc__service')).toBe('横琴示例服务');
      expect(await textOf(consent, '.oidc__scope--real_name')).toContain(zhCNOidc.scopes.real_name);
      expect(await textOf(consent, '.oidc__terms')).toBe(zhCNOidc.terms);
      expect(await textOf(consent, '.oidc__privacy')).toBe(zhCNOidc.privacy);
      await saveScreen(miniProgram, 'oidc-consent');

      // Approving without accepting the service's own terms is not possible.
      await tap(consent, 'button.oidc__approve');
      expect(await textOf(consent, '.oidc__error')).toBe(zhCNOidc.mustAccept);
      await tap(consent, '.oidc__accept');
      await saveScreen(miniProgram, 'oidc-consent-accepted');
      await tap(consent, 'button.oidc__approve');
      await until('the approval', async () => (await consent.$('.oidc__outcome--approved')) !== null);
      await saveScreen(miniProgram, 'oidc-approved');

      await miniProgram.navigateTo(`/${PAGES.center}`);
      const center = await onPage(miniProgram, PAGES.center);
      await tap(center, '.privacy-center__authorized');
      const list = await onPage(miniProgram, PAGES.authorized);
      const item = await until('the authorized service', async () => list.$('.oidc__item--active'));
      expect(await item.text()).toContain('横琴示例服务');
      expect(await item.text()).toContain(zhCNOidc.scopes.real_name);
      await saveScreen(miniProgram, 'oidc-authorized');

      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      try {
        await tap(list, '.oidc__revoke');
        await until('the revocation', async () => list.$('.oidc__item--revoked'));
      } finally {
        await miniProgram.restoreWxMethod('showModal');
      }
      expect(await textOf(list, '.oidc__revoked')).toContain(zhCNOidc.revokedAt);
      await saveScreen(miniProgram, 'oidc-revoked');
    },
    120_000,
  );
});
