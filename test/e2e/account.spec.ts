import { zhCNPackages } from '../../src/i18n/zh-CN-packages';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerInForm, signIn } from './support/register';
import { story } from './support/story';
import { elementOf, onPage } from './support/wait';

const ACCOUNT_PAGES = {
  signIn: 'packages/account/pages/sign-in/index',
  profile: 'packages/account/pages/profile/index',
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sign-out, cancellation and staff decisions ask first (issue 20); these stories say yes. */
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

describe('accounts', () => {
  story('register, sign out, sign in again and see the masked profile, sign out', async (miniProgram) => {
    await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
    let profile = await registerInForm(miniProgram);
    expect(await textOf(profile, '.profile__value--account-name')).toBe(PERSON.accountName);
    await tap(profile, 'button.profile__sign-out');
    await elementOf(profile, '.profile__signed-out');
    await tap(profile, 'button.profile__to-sign-in');

    await signIn(miniProgram, PERSON, PERSON.password);
    profile = await onPage(miniProgram, ACCOUNT_PAGES.profile);
    expect(await textOf(profile, '.profile__value--real-name')).toBe('**文');
    expect(await textOf(profile, '.profile__value--document')).toBe('8200**********0021');
    expect(await textOf(profile, '.profile__value--mobile')).toBe('+853 66****56');
    expect(await textOf(profile, '.profile__value--status')).toBe(zhCNPackages.account.states.active);
    const details = await textOf(profile, '.profile__details');
    for (const secret of [PERSON.document, PERSON.mobile, PERSON.realName]) expect(details).not.toContain(secret);

    await tap(profile, 'button.profile__sign-out');
    expect(await textOf(profile, '.profile__signed-out')).toBe(zhCNPackages.account.signedOut);
  });

  story('a wrong password five times locks the account, and says so', async (miniProgram) => {
    await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
    const profile = await registerInForm(miniProgram);
    await tap(profile, 'button.profile__sign-out');
    await tap(profile, 'button.profile__to-sign-in');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      // After two free attempts each one waits longer (1 s, then 2 s) before it counts.
      if (attempt >= 4) await sleep(1200 * 2 ** (attempt - 4));
      const page = await signIn(miniProgram, PERSON, `Wrong-pass-${attempt}`);
      const expected = attempt < 5 ? '.sign-in__error--account-credentials_invalid' : '.sign-in__error--account-locked';
      await elementOf(page, expected);
    }
    const page = await onPage(miniProgram, ACCOUNT_PAGES.signIn);
    expect(await textOf(page, '.sign-in__error--account-locked')).toContain('锁定');
  });

  story('a cancellation request is withdrawn by signing in during the cooling-off period', async (miniProgram) => {
    await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
    const profile = await registerInForm(miniProgram);
    await type(profile, 'input.profile__cancel-password', PERSON.password);
    await tap(profile, 'button.profile__cancel-submit');
    expect(await textOf(profile, '.profile__signed-out')).toContain('注销申请已提交');
    await tap(profile, 'button.profile__to-sign-in');

    const page = await signIn(miniProgram, PERSON, PERSON.password);
    expect(await textOf(page, '.sign-in__withdrawn')).toBe(zhCNPackages.account.withdrawn);
    await tap(page, 'button.sign-in__continue');
    const again = await onPage(miniProgram, ACCOUNT_PAGES.profile);
    expect(await textOf(again, '.profile__value--status')).toBe(zhCNPackages.account.states.active);
  });
});
