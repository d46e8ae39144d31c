import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { zhCN } from '../../src/i18n/zh-CN';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './support/wait';

const ACCOUNT_PAGES = {
  register: 'packages/account/pages/register/index',
  signIn: 'packages/account/pages/sign-in/index',
  profile: 'packages/account/pages/profile/index',
} as const;

const PERSON = {
  accountName: 'chan_tai_man',
  password: 'Hengqin-2026',
  realName: '陈大文',
  document: '820000200002290021',
  mobile: '66123456',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An input element as the automator hands it out (its typings lack `input`). */
interface InputElement {
  input(value: string): Promise<void>;
}

async function type(page: Page, selector: string, value: string): Promise<void> {
  const field = (await elementOf(page, `input${selector}`)) as unknown as InputElement;
  await field.input(value);
}

async function tap(page: Page, selector: string): Promise<void> {
  await (await elementOf(page, selector)).tap();
}

async function textOf(page: Page, selector: string): Promise<string> {
  return (await elementOf(page, selector)).text();
}

/** Registers through the form (Macao resident, residence permit) and lands on the profile. */
async function register(miniProgram: MiniProgram): Promise<Page> {
  await miniProgram.navigateTo(`/${ACCOUNT_PAGES.register}`);
  const page = await onPage(miniProgram, ACCOUNT_PAGES.register);
  await type(page, '.register__account-name', PERSON.accountName);
  await type(page, '.register__password', PERSON.password);
  await until('every password rule to pass', async () => (await page.$$('.password-rules__rule--passed')).length === 4);
  await type(page, '.register__confirm', PERSON.password);
  await type(page, '.register__real-name', PERSON.realName);
  await tap(page, '.register__doc-type--residence-permit');
  await type(page, '.register__doc-number', PERSON.document);
  await tap(page, '.register__country--853');
  await type(page, '.register__mobile', PERSON.mobile);
  await tap(page, '.register__agree');
  await tap(page, '.register__document-consent');
  await tap(page, 'button.register__submit');
  return onPage(miniProgram, ACCOUNT_PAGES.profile, COLD_FUNCTION_MS);
}

async function signIn(miniProgram: MiniProgram, password: string): Promise<Page> {
  const page = await onPage(miniProgram, ACCOUNT_PAGES.signIn);
  await type(page, '.sign-in__account-name', PERSON.accountName);
  await type(page, '.sign-in__password', password);
  await tap(page, 'button.sign-in__submit');
  return page;
}

/** Sign-out, cancellation and staff decisions ask first (issue 20); these stories say yes. */
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };

describe('accounts', () => {
  story('register, sign out, sign in again and see the masked profile, sign out', async (miniProgram) => {
    await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
    let profile = await register(miniProgram);
    expect(await textOf(profile, '.profile__value--account-name')).toBe(PERSON.accountName);
    await tap(profile, 'button.profile__sign-out');
    await elementOf(profile, '.profile__signed-out');
    await tap(profile, 'button.profile__to-sign-in');

    await signIn(miniProgram, PERSON.password);
    profile = await onPage(miniProgram, ACCOUNT_PAGES.profile);
    expect(await textOf(profile, '.profile__value--real-name')).toBe('**文');
    expect(await textOf(profile, '.profile__value--document')).toBe('8200**********0021');
    expect(await textOf(profile, '.profile__value--mobile')).toBe('+853 66****56');
    expect(await textOf(profile, '.profile__value--status')).toBe(zhCN.account.states.active);
    const details = await textOf(profile, '.profile__details');
    for (const secret of [PERSON.document, PERSON.mobile, PERSON.realName]) expect(details).not.toContain(secret);

    await tap(profile, 'button.profile__sign-out');
    expect(await textOf(profile, '.profile__signed-out')).toBe(zhCN.account.signedOut);
  });

  story('a wrong password five times locks the account, and says so', async (miniProgram) => {
    await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
    const profile = await register(miniProgram);
    await tap(profile, 'button.profile__sign-out');
    await tap(profile, 'button.profile__to-sign-in');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      // After two free attempts each one waits longer (1 s, then 2 s) before it counts.
      if (attempt >= 4) await sleep(1200 * 2 ** (attempt - 4));
      const page = await signIn(miniProgram, `Wrong-pass-${attempt}`);
      const expected = attempt < 5 ? '.sign-in__error--account-credentials_invalid' : '.sign-in__error--account-locked';
      await elementOf(page, expected);
    }
    const page = await onPage(miniProgram, ACCOUNT_PAGES.signIn);
    expect(await textOf(page, '.sign-in__error--account-locked')).toContain('锁定');
  });

  story('a cancellation request is withdrawn by signing in during the cooling-off period', async (miniProgram) => {
    await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
    const profile = await register(miniProgram);
    await type(profile, '.profile__cancel-password', PERSON.password);
    await tap(profile, 'button.profile__cancel-submit');
    expect(await textOf(profile, '.profile__signed-out')).toContain('注销申请已提交');
    await tap(profile, 'button.profile__to-sign-in');

    const page = await signIn(miniProgram, PERSON.password);
    expect(await textOf(page, '.sign-in__withdrawn')).toBe(zhCN.account.withdrawn);
    await tap(page, 'button.sign-in__continue');
    const again = await onPage(miniProgram, ACCOUNT_PAGES.profile);
    expect(await textOf(again, '.profile__value--status')).toBe(zhCN.account.states.active);
  });
});
