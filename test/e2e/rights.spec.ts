import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { StaffQueueItem } from '../../cloudfunctions/lib/contract/privacy';
import { zhCNRights } from '../../src/i18n/zh-CN-rights';
import { sdkAt } from '../support/local-cloud';
import { staffDesk } from './support/staff-desk';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './support/wait';

const PAGES = {
  register: 'packages/account/pages/register/index',
  profile: 'packages/account/pages/profile/index',
  rights: 'packages/privacy/pages/rights/index',
} as const;

const PERSON = {
  accountName: 'chan_tai_man',
  password: 'Hengqin-2026',
  realName: '陈大文',
  corrected: '陈大為',
  document: '820000200002290021',
  mobile: '66123456',
};

interface InputElement {
  input(value: string): Promise<void>;
}

async function type(page: Page, selector: string, value: string): Promise<void> {
  const field = (await elementOf(page, selector)) as unknown as InputElement;
  await field.input(value);
}

async function tap(page: Page, selector: string): Promise<void> {
  await (await elementOf(page, selector)).tap();
}

async function textOf(page: Page, selector: string): Promise<string> {
  return (await elementOf(page, selector)).text();
}

async function register(miniProgram: MiniProgram): Promise<Page> {
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
  return onPage(miniProgram, PAGES.profile, COLD_FUNCTION_MS);
}

/** The app-side globals inside evaluate(): only what the call below uses. */
declare const location: { origin: string };
declare function fetch(url: string): Promise<{ json(): Promise<{ env: string }> }>;

/** The console's view of the story's cloud environment: to read the person's inbox as stored. */
async function consoleDatabase(miniProgram: MiniProgram) {
  const where = function () {
    return fetch('/__dev/identity')
      .then((response) => response.json())
      .then((identity) => ({ origin: location.origin, env: identity.env }));
  };
  const { origin, env } = (await miniProgram.evaluate(where)) as { origin: string; env: string };
  return sdkAt(`${origin}/tcb`, { env }).database();
}

describe('my rights over my information', () => {
  story(
    'a person asks to correct their real name, staff approve, the profile and inbox show it; then a copy',
    async (miniProgram) => {
      const profile = await register(miniProgram);
      await tap(profile, '.profile__to-rights');
      const rights = await onPage(miniProgram, PAGES.rights);
      await type(rights, 'input.rights__real-name', PERSON.corrected);
      await type(rights, 'textarea.rights__reason', '我的姓名应为繁体字');
      await type(rights, 'input.rights__password', PERSON.password);
      await tap(rights, 'button.rights__file');
      expect(await textOf(rights, '.rights__notice')).toBe(zhCNRights.submitted);
      expect(await textOf(rights, '.rights__item--open')).toContain('**為');

      const desk = await staffDesk(miniProgram);
      const queue = await desk.call<{ items: StaffQueueItem[] }>('privacy', 'queue');
      if (!queue.ok) throw new Error(`queue: ${queue.error.code}`);
      const [request] = queue.data.items;
      expect(request).toMatchObject({ kind: 'correction', accountName: PERSON.accountName, fields: ['realName'] });
      const decided = await desk.call('privacy', 'decide', {
        id: request?.id,
        outcome: 'approved',
        reply: '已按证件更正姓名',
      });
      expect(decided.ok).toBe(true);

      await miniProgram.navigateTo(`/${PAGES.profile}`);
      const after = await onPage(miniProgram, PAGES.profile);
      await until('the corrected name', async () => (await textOf(after, '.profile__value--real-name')) === '**為');
      const details = await textOf(after, '.profile__details');
      expect(details).not.toContain(PERSON.corrected);

      const db = await consoleDatabase(miniProgram);
      const inbox = (await db.collection('messages').where({ kind: 'privacy.request' }).get()) as unknown as {
        data: { title: string; body: string }[];
      };
      expect(inbox.data).toEqual([
        expect.objectContaining({ title: '您的信息更正申请已办理', body: '已按证件更正姓名' }),
      ]);

      await tap(after, '.profile__to-rights');
      const again = await onPage(miniProgram, PAGES.rights);
      await until('the answered request', async () => (await again.$('.rights__item--approved')) !== null);
      expect(await textOf(again, '.rights__reply')).toBe(`${zhCNRights.reply}已按证件更正姓名`);
      await type(again, 'input.rights__copy-password', PERSON.password);
      await tap(again, 'button.rights__copy-get');
      expect(await textOf(again, '.rights__copy-value--real-name')).toBe(PERSON.corrected);
      expect(await textOf(again, '.rights__copy-value--document')).toContain(PERSON.document);
      expect(await textOf(again, '.rights__copy-value--account-name')).toBe(PERSON.accountName);
    },
  );
});
