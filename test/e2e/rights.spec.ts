import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type { StaffQueueItem } from '../../cloudfunctions/lib/contract/privacy';
import { zhCNRights } from '../../src/i18n/zh-CN-rights';
import { sdkAt } from '../support/local-cloud';
import { staffDesk } from './support/staff-desk';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerInForm } from './support/register';
import { story } from './support/story';
import { onPage, until } from './support/wait';
import { COLLECTIONS } from '../../cloudfunctions/lib/infra/collections';

const PAGES = {
  profile: 'packages/account/pages/profile/index',
  rights: 'packages/privacy/pages/rights/index',
} as const;

/** The name as the person's document writes it (the account holds 陈大文). */
const CORRECTED = '陈大為';

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
      const profile = await registerInForm(miniProgram);
      await tap(profile, '.profile__to-rights');
      const rights = await onPage(miniProgram, PAGES.rights);
      await type(rights, 'input.rights__real-name', CORRECTED);
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
      expect(details).not.toContain(CORRECTED);

      const db = await consoleDatabase(miniProgram);
      const inbox = (await db.collection(COLLECTIONS.messages).where({ kind: 'privacy.request' }).get()) as unknown as {
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
      expect(await textOf(again, '.rights__copy-value--real-name')).toBe(CORRECTED);
      expect(await textOf(again, '.rights__copy-value--document')).toContain(PERSON.document);
      expect(await textOf(again, '.rights__copy-value--account-name')).toBe(PERSON.accountName);
    },
  );
});
