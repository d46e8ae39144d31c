import { enOidcClients } from '../../src/i18n/en-oidc-clients';
import { zhCNOidc } from '../../src/i18n/zh-CN-oidc';
import { zhCNOidcClients } from '../../src/i18n/zh-CN-oidc-clients';
import { buildPng } from '../support/png-fixture';
import { adminIn, storyCloud } from './support/same-cloud';
import { saveScreenVariants } from './support/screen-variants';
import { staffDesk } from './support/staff-desk';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerInForm } from './support/register';
import { story } from './support/story';
import { onPage, until } from './support/wait';

const PAGES = {
  consent: 'packages/oidc/pages/consent/index',
  center: 'packages/privacy/pages/center/index',
  authorized: 'packages/oidc/pages/authorized/index',
  desk: 'packages/staff/pages/desk/index',
  clients: 'packages/staff/pages/oidc-clients/index',
} as const;

const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
/** The service's logo, a real PNG, as WeChat's album sheet answers with it (its bytes as a blob URL). */
const LOGO = buildPng(96, [0x0b, 0x5c, 0xad]);
const CHOOSE_LOGO = `function (option, bytes) {
  const data = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([data], { type: 'image/png' }));
  return { errMsg: 'chooseMedia:ok', type: 'image', tempFiles: [{ tempFilePath: url, size: data.length, fileType: 'image' }] };
}`;
const REDIRECT = 'https://svc.example.com/callback';
/** 我的's two switches, as src/platform/e2e-hooks.ts makes them: every open page renders again in place. */
const PREFER = `function (choice) { window.__qybAutomator.choosePreferences(choice); }`;

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
      // Registered without a logo: a neutral tile with the name's first character, not a broken image.
      expect(await textOf(consent, '.oidc__logo.service-logo--monogram')).toBe('横');
      expect(await textOf(consent, '.oidc__scope--real_name')).toContain(zhCNOidc.scopes.real_name);
      expect(await textOf(consent, '.oidc__terms')).toBe(zhCNOidc.terms);
      expect(await textOf(consent, '.oidc__privacy')).toBe(zhCNOidc.privacy);
      await saveScreenVariants(miniProgram, 'oidc-consent');

      // Approving without accepting the service's own terms is not possible.
      await tap(consent, 'button.oidc__approve');
      expect(await textOf(consent, '.oidc__error')).toBe(zhCNOidc.mustAccept);
      await tap(consent, '.oidc__accept');
      await saveScreenVariants(miniProgram, 'oidc-consent-accepted');
      await tap(consent, 'button.oidc__approve');
      await until('the approval', async () => (await consent.$('.oidc__outcome--approved')) !== null);
      await saveScreenVariants(miniProgram, 'oidc-approved');

      await miniProgram.navigateTo(`/${PAGES.center}`);
      const center = await onPage(miniProgram, PAGES.center);
      await tap(center, '.privacy-center__authorized');
      const list = await onPage(miniProgram, PAGES.authorized);
      const item = await until('the authorized service', async () => list.$('.oidc__item--active'));
      expect(await item.text()).toContain('横琴示例服务');
      expect(await item.text()).toContain(zhCNOidc.scopes.real_name);
      await saveScreenVariants(miniProgram, 'oidc-authorized');

      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      try {
        await tap(list, '.oidc__revoke');
        await until('the revocation', async () => list.$('.oidc__item--revoked'));
      } finally {
        await miniProgram.restoreWxMethod('showModal');
      }
      expect(await textOf(list, '.oidc__revoked')).toContain(zhCNOidc.revokedAt);
      await saveScreenVariants(miniProgram, 'oidc-revoked');
    },
    120_000,
  );

  story(
    'an admin registers a service with its logo on the staff screen, hands over its secret once, and disables it',
    async (miniProgram) => {
      await registerInForm(miniProgram);
      const cloud = await storyCloud(miniProgram);
      const admins = await adminIn(cloud, cloud.env.slice(-8));
      await admins.grant(PERSON.accountName, ['admin']);

      await miniProgram.navigateTo(`/${PAGES.desk}`);
      const desk = await onPage(miniProgram, PAGES.desk);
      const entry = await until('the desk entry for services', async () => desk.$('.desk__entry--oidcClients'));
      await entry.tap();
      const page = await onPage(miniProgram, PAGES.clients);
      await until('the list', async () => page.$('.staff-oidc__empty'));
      await type(page, '.staff-oidc__field-name', '澳门示例服务');
      await type(page, '.staff-oidc__redirects', 'https://mo.example.com/callback');
      await type(page, '.staff-oidc__terms', 'https://mo.example.com/terms');
      await type(page, '.staff-oidc__privacy', 'https://mo.example.com/privacy');
      await tap(page, '.staff-oidc__scope--profile');
      await miniProgram.mockWxMethod('chooseMedia', CHOOSE_LOGO, Array.from(LOGO));
      try {
        await tap(page, '.staff-oidc__choose-logo');
        await until('the chosen logo', async () => page.$('.staff-oidc__logo-preview--chosen'), 60_000);
      } finally {
        await miniProgram.restoreWxMethod('chooseMedia');
      }
      await saveScreenVariants(miniProgram, 'staff-oidc-clients-logo-chosen');
      await tap(page, '.staff-oidc__add');
      const secret = await until('the secret, shown once', async () => page.$('.staff-oidc__new-secret'));
      expect((await secret.text()).length).toBeGreaterThanOrEqual(32);
      const clientId = await textOf(page, '.staff-oidc__new-id');
      expect(await textOf(page, '.staff-oidc__name')).toBe('澳门示例服务');
      expect(await textOf(page, '.staff-oidc__scopes')).toContain(zhCNOidcClients.scopeNames.profile);
      await saveScreenVariants(miniProgram, 'staff-oidc-clients-added');
      await tap(page, '.staff-oidc__secret-done');
      await until('the secret gone', async () => (await page.$('.staff-oidc__new-secret')) === null);
      await saveScreenVariants(miniProgram, 'staff-oidc-clients');

      // The service asks people to sign in: its consent page names it and offers its own terms.
      const ask = new URLSearchParams({
        client_id: clientId,
        redirect_uri: 'https://mo.example.com/callback',
        response_type: 'code',
        scope: 'openid profile',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      });
      await miniProgram.navigateTo(`/${PAGES.consent}?${ask.toString()}`);
      const consent = await onPage(miniProgram, PAGES.consent);
      const named = await until('the service on the consent page', async () => consent.$('.oidc__service'));
      expect(await named.text()).toBe('澳门示例服务');
      // Its logo comes from our own storage through a short-lived link: the very bytes the admin chose.
      const logo = await until('the logo', async () => consent.$('.oidc__logo.service-logo--image'));
      const src = await logo.attribute('src');
      expect(new URL(src).hostname).not.toBe('mo.example.com');
      const served = await fetch(src);
      expect(served.status).toBe(200);
      expect(Buffer.compare(Buffer.from(await served.arrayBuffer()), LOGO)).toBe(0);
      await saveScreenVariants(miniProgram, 'oidc-consent-logo');

      // 关怀模式 in English, switched in place as 我的's switches do: the logo grows with the page, and
      // the staff screen's 图标 field still reads.
      await miniProgram.evaluate(PREFER, { care: true, locale: 'en' });
      await until('the logo in care mode', async () => consent.$('.qyb-care .oidc__logo.service-logo--image'));
      await miniProgram.navigateTo(`/${PAGES.clients}`);
      const again = await onPage(miniProgram, PAGES.clients);
      await until('the listed logo in care mode', async () => again.$('.qyb-care .staff-oidc__logo'));
      await until('the list', async () => again.$('.staff-oidc__disable'));
      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      try {
        await tap(again, '.staff-oidc__disable');
        await until('the service disabled', async () => again.$('.staff-oidc__item--disabled'));
      } finally {
        await miniProgram.restoreWxMethod('showModal');
      }
      expect(await textOf(again, '.staff-oidc__disabled')).toContain(enOidcClients.disabledAt);
      await miniProgram.evaluate(PREFER, { care: false, locale: 'zh-CN' });
      await saveScreenVariants(miniProgram, 'staff-oidc-clients-disabled');
    },
    150_000,
  );
});
