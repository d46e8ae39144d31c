import { zhCNPackages } from '../../src/i18n/zh-CN-packages';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { PAGES } from './support/routes';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage } from './support/wait';

const CHANGE_PASSWORD = 'packages/account/pages/change-password/index';
const PREFERENCES = 'packages/inbox/pages/preferences/index';

describe('a signed-in person’s settings', () => {
  story(
    'changing the password says why it cannot be saved yet, and notice settings list every kind of notice',
    async (miniProgram) => {
      const agreement = await onPage(miniProgram, PAGES.agreement);
      await tap(agreement, '.agreement__tick');
      await tap(agreement, 'button.agreement__agree');
      await onPage(miniProgram, PAGES.home, COLD_FUNCTION_MS);
      await registerByCall(miniProgram);

      await miniProgram.navigateTo(`/${CHANGE_PASSWORD}`);
      const form = await onPage(miniProgram, CHANGE_PASSWORD);
      await type(form, 'input.change-password__current', PERSON.password);
      await type(form, 'input.change-password__new', 'Hengqin#2027');
      await type(form, 'input.change-password__confirm', 'Hengqin#2028');
      // The button stays, and says what stops it, in every language.
      expect(await textOf(form, '.app-button__reason')).toBe(zhCNPackages.account.changePasswordBlocked.mismatch);
      await saveScreenVariants(miniProgram, 'change-password-mismatch');
      expect(await textOf(form, '.app-button__reason')).toBe(zhCNPackages.account.changePasswordBlocked.mismatch);

      await miniProgram.navigateTo(`/${PREFERENCES}`);
      const prefs = await onPage(miniProgram, PREFERENCES);
      await elementOf(prefs, 'button.preferences__subscribe', COLD_FUNCTION_MS);
      await saveScreenVariants(miniProgram, 'notice-preferences');
    },
  );
});
