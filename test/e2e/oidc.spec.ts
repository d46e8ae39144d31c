import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { zhCNOidc } from '../../src/i18n/zh-CN-oidc';
import { saveScreen } from './support/screens';
import { staffDesk } from './support/staff-desk';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

const PAGES = {
  register: 'packages/account/pages/register/index',
  profile: 'packages/account/pages/profile/index',
  consent: 'packages/oidc/pages/consent/index',
  center: 'packages/privacy/pages/center/index',
  authorized: 'packages/oidc/pages/authorized/index',
} as const;

const PERSON = {
  accountName: 'chan_tai_man',
  password: 'Hengqin-2026',
  realName: '陈大文',
  document: '820000200002290021',
  mobile: '66123456',
};
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
const REDIRECT = 'https://svc.example.com/callback';

interface InputElement {
  input(value: string): Promise<void>;
}

async function type(page: Page, selector: string, value: string): Promise<void> {
  await ((await elementOf(page, selector)) as unknown as InputElement).input(value);
}

async function tap(page: Page, selector: string): Promise<void> {
  await (await elementOf(page, selector)).tap();
}

async function textOf(page: Page, selector: string): Promise<string> {
  return (await elementOf(page, selector)).text();
}

async function register(miniProgram: MiniProgram): Promise<void> {
  await miniProgram.navigateTo(`/${PAGES.register}`);
  const page = await onPage(miniProgram, PAGES.register);
  await type(page, 'input.register__account-name', PERSON.accountName);
  await type(page, 'input.register__password', PERSON.password);
  await until('every password rule to pass', async () => (await page.$$('.password-rules__rule--passed')).length === 4);
  await type(page, 'input.register__confirm', PERSON.password);
  await type(page, 'input.register__real-name', PERSON.realName);
  await tap(page, '.register__doc-type--residence-permit');
  await type(page, 'input.register__doc-number', PERSON.document);
  await tap(page, '.register__country--853');
  await type(page, 'input.register__mobile', PERSON.mobile);
  await tap(page, '.register__agree');
  await tap(page, '.register__document-consent');
  await tap(page, 'button.register__submit');
  await until('the profile after registering', async () => (await miniProgram.currentPage())?.path === PAGES.profile);
}

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
      await register(miniProgram);

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
