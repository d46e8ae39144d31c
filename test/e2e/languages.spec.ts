import type Page from 'miniprogram-automator/out/Page';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { simplifiedLeaks } from '../../scripts/i18n/simplified-leaks';
import { en } from '../../src/i18n/en';
import { zhMO } from '../../src/i18n/zh-MO';
import { PAGES } from './support/routes';
import { saveScreen } from './support/screens';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

const PROFILE = 'packages/account/pages/profile/index';

/** The text a person sees on the page's root element. */
async function visibleText(page: Page, root: string): Promise<string> {
  return (await elementOf(page, root)).text();
}

/** Guest mode, then the language chosen on home; returns home re-launched in that language. */
async function homeIn(miniProgram: MiniProgram, locale: 'zh-MO' | 'en'): Promise<Page> {
  const agreement = await onPage(miniProgram, PAGES.agreement);
  await (await elementOf(agreement, 'button.agreement__disagree')).tap();
  const home = await onPage(miniProgram, PAGES.home);
  await (await elementOf(home, `.language-switch__option--${locale}`)).tap();
  const again = await onPage(miniProgram, PAGES.home);
  await elementOf(again, `.language-switch__option--${locale}.language-switch__option--on`);
  return again;
}

describe('the UI in Traditional Chinese (Macao)', () => {
  story(
    'shows home, 我的, the agreement and the policy reading copy with no Simplified character left',
    async (miniProgram) => {
      const home = await homeIn(miniProgram, 'zh-MO');
      const leaks: string[] = [];
      const look = async (page: Page, root: string, name: string) => {
        // Wait past the loading state: the screen's own text, not a spinner's.
        const text = await until(`${name} to render`, async () => {
          const shown = await visibleText(page, root);
          return shown.length > 10 ? shown : undefined;
        });
        leaks.push(...simplifiedLeaks(text).map((leak) => `${name}: ${leak}`));
        await saveScreen(miniProgram, `zh-MO-${name}`);
      };
      await look(home, '.home', 'home');

      await (await elementOf(home, '.home__guest-action')).tap();
      const agreement = await onPage(miniProgram, PAGES.agreement);
      // The gate shows the Simplified text that binds, and links to the reading copy.
      const link = await elementOf(agreement, '.policy-language-note__link');
      expect(await link.text()).toBe(zhMO.policy.readingCopyLink);
      await saveScreen(miniProgram, 'zh-MO-agreement');

      await link.tap();
      const copy = await onPage(miniProgram, PAGES.policy);
      const label = await elementOf(copy, '.policy-language-note--reading');
      expect(await label.text()).toContain(zhMO.policy.readingCopyLabel);
      await look(copy, '.policy-page', 'policy-reading-copy');

      await miniProgram.reLaunch(`/${PROFILE}`);
      await look(await onPage(miniProgram, PROFILE), '.account-form', 'profile');

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
      expect(await visibleText(home, '.home')).toContain(en.home.guestNotice);
      await saveScreen(miniProgram, 'en-home');

      await (await elementOf(home, '.home__guest-action')).tap();
      const agreement = await onPage(miniProgram, PAGES.agreement);
      const note = await elementOf(agreement, '.policy-language-note');
      expect(await note.text()).toBe(en.policy.authoritativeNote);
      await saveScreen(miniProgram, 'en-agreement');

      await miniProgram.reLaunch(`/${PAGES.policy}?id=privacy-policy`);
      const policy = await onPage(miniProgram, PAGES.policy);
      await until('the note on the policy', async () =>
        (await visibleText(policy, '.policy-page')).includes(en.policy.authoritativeNote),
      );
      await saveScreen(miniProgram, 'en-policy');

      await miniProgram.reLaunch(`/${PROFILE}`);
      await onPage(miniProgram, PROFILE);
      await saveScreen(miniProgram, 'en-profile');
    },
    120_000,
  );
});
