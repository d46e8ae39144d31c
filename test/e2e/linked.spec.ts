import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { zhCNLinked } from '../../src/i18n/zh-CN-linked';
import { saveScreen } from './support/screens';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

const PAGES = {
  register: 'packages/account/pages/register/index',
  profile: 'packages/account/pages/profile/index',
  center: 'packages/privacy/pages/center/index',
  linked: 'packages/account/pages/linked/index',
} as const;

const PERSON = {
  accountName: 'chan_tai_man',
  password: 'Hengqin-2026',
  realName: '陈大文',
  document: '820000200002290021',
  mobile: '66123456',
};

/**
 * The 关联账号 screen, reached from the privacy center. The H5 build has no outside provider
 * configured, so it says none can be linked yet (linking itself: test/integration/linked).
 */
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

describe('linked outside accounts (关联账号)', () => {
  story('the privacy center leads to 关联账号, which lists none and asks the password first', async (miniProgram) => {
    await register(miniProgram);
    await miniProgram.navigateTo(`/${PAGES.center}`);
    const center = await onPage(miniProgram, PAGES.center);
    await tap(center, '.privacy-center__linked');
    const page = await onPage(miniProgram, PAGES.linked);
    await until('the list to load', async () => (await page.$$('.linked__empty')).length === 2);
    expect(await textOf(page, '.linked__intro')).toBe(zhCNLinked.intro);
    await saveScreen(miniProgram, 'linked-accounts');
  });
});
