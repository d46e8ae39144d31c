import type Page from 'miniprogram-automator/out/Page';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { simplifiedLeaks } from '../../scripts/i18n/simplified-leaks';
import { en } from '../../src/i18n/en';
import { enPackages } from '../../src/i18n/en-packages';
import { LOCALE_NAMES } from '../../src/i18n/locale';
import { ptPT } from '../../src/i18n/pt-PT';
import { ptPTPackages } from '../../src/i18n/pt-PT-packages';
import { zhMO } from '../../src/i18n/zh-MO';
import { BINDING_TITLES } from './support/binding-titles';
import { PAGES } from './support/routes';
import { saveScreen } from './support/screens';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { tap, textOf, type } from './support/interact';
import { elementOf, onPage, onPageWith, until } from './support/wait';

const PROFILE = 'packages/account/pages/profile/index';
/** Where 我的 sends a guest: nobody is signed in, so the profile redirects to signing in. */
const SIGN_IN = 'packages/account/pages/sign-in/index';
const REGISTER = 'packages/account/pages/register/index';
/** The redirect waits for the account function's answer; a cold start under three stories at once is slow. */
const GUEST_REDIRECT_MS = 45_000;

/** The text a person sees on the page's root element (innerText: descendants' text included, as in DevTools). */
async function visibleText(page: Page, root: string): Promise<string> {
  return (await elementOf(page, root)).text();
}

/** Guest mode, then the language chosen on home; returns home re-launched in that language. */
async function homeIn(miniProgram: MiniProgram, locale: 'zh-MO' | 'en' | 'pt-PT'): Promise<Page> {
  const agreement = await onPage(miniProgram, PAGES.agreement);
  await (await elementOf(agreement, 'button.agreement__disagree')).tap();
  const home = await onPage(miniProgram, PAGES.home);
  await (await elementOf(home, `.language-switch__option--${locale}`)).tap();
  return onPageWith(miniProgram, PAGES.home, `.language-switch__option--${locale}.language-switch__option--on`);
}

describe('the UI in Traditional Chinese (Macao)', () => {
  story(
    'shows home, 我的, the agreement and the policy reading copy with no Simplified character left',
    async (miniProgram) => {
      const home = await homeIn(miniProgram, 'zh-MO');
      const leaks: string[] = [];
      /** Scanned here in Traditional Chinese; saved as `zh-MO-<name>`, or by `save` when given. */
      const look = async (page: Page, root: string, name: string, save?: () => Promise<unknown>) => {
        // Wait past the loading state: the screen's own text, not a spinner's.
        const text = await until(`${name} to render`, async () => {
          const shown = await visibleText(page, root);
          return shown.length > 10 ? shown : undefined;
        });
        // The switch names each language in itself (简体中文 stays Simplified so its readers find it).
        const scanned = Object.values(LOCALE_NAMES).reduce((rest, own) => rest.split(own).join(' '), text);
        leaks.push(...simplifiedLeaks(scanned).map((leak) => `${name}: ${leak}`));
        await (save ? save() : saveScreen(miniProgram, `zh-MO-${name}`));
      };
      await look(home, '.home', 'home');
      // The document links read in the UI language, not the Simplified titles of the documents.
      expect(await visibleText(home, '.home')).toContain(zhMO.policy.names['user-agreement']);

      await (await elementOf(home, '.home__guest-action')).tap();
      const agreement = await onPage(miniProgram, PAGES.agreement);
      // The gate shows the Simplified text that binds, and links to the reading copy.
      // The document tabs name the documents in the UI language, not by their Simplified titles.
      expect(await visibleText(agreement, '.agreement__tab--user-agreement')).toBe(zhMO.policy.names['user-agreement']);
      expect(await visibleText(agreement, '.agreement__tab--privacy-policy')).toBe(zhMO.policy.names['privacy-policy']);
      const link = await elementOf(agreement, '.policy-language-note__link');
      expect(await link.text()).toBe(zhMO.policy.readingCopyLink);
      await saveScreen(miniProgram, 'zh-MO-agreement');

      await link.tap();
      const copy = await onPage(miniProgram, PAGES.policy);
      const label = await elementOf(copy, '.policy-language-note--reading');
      expect(await label.text()).toContain(zhMO.policy.readingCopyLabel);
      // The reading copy in four variants: the policy page with the reading copy shown (its Macao
      // variant is the reading copy itself); then back to Traditional Chinese for 我的.
      await look(copy, '.policy-page', 'policy-reading-copy', async () => {
        await saveScreenVariants(miniProgram, 'policy-reading-copy', { personData: [...BINDING_TITLES] });
        await miniProgram.evaluate(`function (c) { window.__qybAutomator.choosePreferences(c); }`, { locale: 'zh-MO' });
      });

      // 我的 for a guest is the sign-in form, after a re-launch still in Traditional Chinese.
      await miniProgram.reLaunch(`/${PROFILE}`);
      await look(await onPage(miniProgram, SIGN_IN, GUEST_REDIRECT_MS), '.account-form', 'profile');

      expect(leaks).toEqual([]);
    },
    120_000,
  );
});

describe('the UI in English', () => {
  story(
    'shows home, 我的, the agreement and the policy with the Simplified text said to bind',
    async (miniProgram) => {
      const home = await homeIn(miniProgram, 'en');
      const shown = await visibleText(home, '.home');
      expect(shown).toContain(en.home.guestNotice);
      expect(shown).toContain(en.policy.names['privacy-policy']);
      await saveScreen(miniProgram, 'en-home');

      await (await elementOf(home, '.home__guest-action')).tap();
      const agreement = await onPage(miniProgram, PAGES.agreement);
      const note = await elementOf(agreement, '.policy-language-note');
      expect(await note.text()).toBe(en.policy.authoritativeNote);
      expect(await visibleText(agreement, '.agreement__tab--user-agreement')).toBe(en.policy.names['user-agreement']);
      expect(await visibleText(agreement, '.agreement__tab--privacy-policy')).toBe(en.policy.names['privacy-policy']);
      await saveScreen(miniProgram, 'en-agreement');

      await miniProgram.reLaunch(`/${PAGES.policy}?id=privacy-policy`);
      const policy = await onPage(miniProgram, PAGES.policy);
      await until('the note on the policy', async () =>
        (await visibleText(policy, '.policy-page')).includes(en.policy.authoritativeNote),
      );
      await saveScreen(miniProgram, 'en-policy');

      await miniProgram.reLaunch(`/${PROFILE}`);
      const signIn = await onPage(miniProgram, SIGN_IN, GUEST_REDIRECT_MS);
      await until('我的 in English after a re-launch', async () =>
        (await visibleText(signIn, '.account-form')).includes(enPackages.account.signIn),
      );
      await saveScreen(miniProgram, 'en-profile');
    },
    120_000,
  );
});

describe('the UI in Portuguese', () => {
  story(
    'shows home, 我的, the agreement and the policy in Portuguese after re-launches',
    async (miniProgram) => {
      const home = await homeIn(miniProgram, 'pt-PT');
      const shown = await visibleText(home, '.home');
      expect(shown).toContain(ptPT.home.guestNotice);
      expect(shown).toContain(ptPT.policy.names['user-agreement']);
      await saveScreen(miniProgram, 'pt-PT-home');

      await (await elementOf(home, '.home__guest-action')).tap();
      const agreement = await onPage(miniProgram, PAGES.agreement);
      expect(await (await elementOf(agreement, '.policy-language-note')).text()).toBe(ptPT.policy.authoritativeNote);
      expect(await visibleText(agreement, '.agreement__tab--user-agreement')).toBe(ptPT.policy.names['user-agreement']);
      expect(await visibleText(agreement, '.agreement__tab--privacy-policy')).toBe(ptPT.policy.names['privacy-policy']);
      await saveScreen(miniProgram, 'pt-PT-agreement');

      await miniProgram.reLaunch(`/${PAGES.policy}?id=privacy-policy`);
      const policy = await onPage(miniProgram, PAGES.policy);
      await until('the note on the policy', async () =>
        (await visibleText(policy, '.policy-page')).includes(ptPT.policy.authoritativeNote),
      );
      await saveScreen(miniProgram, 'pt-PT-policy');

      await miniProgram.reLaunch(`/${PROFILE}`);
      const signIn = await onPage(miniProgram, SIGN_IN, GUEST_REDIRECT_MS);
      await until('我的 in Portuguese after a re-launch', async () =>
        (await visibleText(signIn, '.account-form')).includes(ptPTPackages.account.signIn),
      );
      await saveScreen(miniProgram, 'pt-PT-profile');
    },
    120_000,
  );
});

describe('switching the language', () => {
  story(
    'keeps the screens below as they were: a form half filled in reads in the new language',
    async (miniProgram) => {
      const agreement = await onPage(miniProgram, PAGES.agreement);
      await (await elementOf(agreement, 'button.agreement__disagree')).tap();
      await onPage(miniProgram, PAGES.home);
      await miniProgram.navigateTo(`/${REGISTER}`);
      const form = await onPage(miniProgram, REGISTER);
      await type(form, 'input.register__account-name', 'chan_siu_ming');
      await tap(form, '.register__doc-type--passport');

      // Home's switch, opened over the form, as a person reaches it.
      await miniProgram.navigateTo(`/${PAGES.home}`);
      const home = await onPageWith(miniProgram, PAGES.home, '.language-switch__option--pt-PT');
      await tap(home, '.language-switch__option--pt-PT');
      await elementOf(home, '.language-switch__option--pt-PT.language-switch__option--on');
      await miniProgram.navigateBack();

      const back = await onPage(miniProgram, REGISTER);
      expect(await textOf(back, '.account-form__title')).toBe(ptPTPackages.account.registerTitle);
      expect(await (await elementOf(back, 'input.register__account-name')).property('value')).toBe('chan_siu_ming');
      expect(await back.$('.register__doc-type--passport.account-form__choice--on')).not.toBeNull();
      expect(await miniProgram.callWxMethod('getStorageSync', 'ui.locale')).toBe('pt-PT');
    },
  );
});
