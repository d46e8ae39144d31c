import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { StaffQueueItem } from '../../cloudfunctions/lib/contract/privacy';
import { zhCNRights } from '../../src/i18n/zh-CN-rights';
import { cloudFunction } from './support/cloud-functions';
import { PAGES } from './support/routes';
import { adminIn, storyCloud } from './support/same-cloud';
import { saveScreenVariants } from './support/screen-variants';
import { tap, textOf, texts, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { story } from './support/story';
import { COLD_FUNCTION_MS, onPage, until } from './support/wait';

const RIGHTS = 'packages/privacy/pages/rights/index';
const PASSWORD = 'Hengqin-2026';

/** First launch agreed on the gate, then an account and one piece of feedback, as the app makes them. */
async function personWithFeedback(miniProgram: MiniProgram): Promise<void> {
  const gate = await onPage(miniProgram, PAGES.agreement);
  await tap(gate, '.agreement__tick');
  await tap(gate, 'button.agreement__agree');
  await onPage(miniProgram, PAGES.home, COLD_FUNCTION_MS);
  await registerByCall(miniProgram, { ...PERSON, accountName: 'erasure_person', password: PASSWORD });
  const sent = await cloudFunction(miniProgram, 'feedback').call('submit', {
    category: 'suggestion',
    text: '希望增加夜间办理时段',
  });
  if (!sent.ok) throw new Error(`feedback: ${sent.error.code}`);
}

/** The copy of my information, asked for on the rights page: its feedback count line. */
async function feedbackCountInCopy(page: Page): Promise<string> {
  await type(page, 'input.rights__copy-password', PASSWORD);
  await tap(page, 'button.rights__copy-get');
  const label = zhCNRights.copy.feedback(0).split(' ')[0]!;
  return until('the copy', async () => (await texts(page, '.rights__copy-count')).find((l) => l.startsWith(label)));
}

describe('a deletion request approved by staff', () => {
  story(
    'names my feedback on the rights page; once an admin approves, my copy holds none and the request says what was erased and kept',
    async (miniProgram) => {
      await personWithFeedback(miniProgram);
      await miniProgram.navigateTo(`/${RIGHTS}`);
      const rights = await onPage(miniProgram, RIGHTS);
      expect(await feedbackCountInCopy(rights)).toBe(zhCNRights.copy.feedback(1));

      await tap(rights, '.rights__kind--deletion');
      await tap(rights, '.rights__scope--feedback');
      await type(rights, 'textarea.rights__what', '我提交过的意见反馈');
      await type(rights, 'textarea.rights__reason', '不再需要保留');
      await type(rights, 'input.rights__password', PASSWORD);
      await tap(rights, 'button.rights__file');
      await until('the filed request', async () => (await rights.$('.rights__notice')) !== null, COLD_FUNCTION_MS);
      expect(await textOf(rights, '.rights__notice')).toBe(zhCNRights.submitted);

      // The bureau's admin, from their own WeChat (an admin may not decide their own request).
      const admin = await adminIn(await storyCloud(miniProgram), 'erasure');
      const queue = await admin.call<{ items: StaffQueueItem[] }>('privacy', 'queue');
      const [request] = queue.items;
      expect(request).toMatchObject({ kind: 'deletion', accountName: 'erasure_person' });
      await admin.call('privacy', 'decide', { id: request!.id, outcome: 'approved', reply: '已删除您的意见反馈' });

      await miniProgram.navigateTo(`/${RIGHTS}`);
      const after = await onPage(miniProgram, RIGHTS);
      const erased = await until('the erasure result', async () => {
        const found = await texts(after, '.rights__erased');
        return found.length > 0 ? found : null;
      });
      expect(erased).toEqual([`${zhCNRights.erased}${zhCNRights.scopeNames.feedback} ${zhCNRights.erasedCount(1, 0)}`]);
      expect((await texts(after, '.rights__kept-what')).length).toBeGreaterThan(0);
      expect(await feedbackCountInCopy(after)).toBe(zhCNRights.copy.feedback(0));
      await saveScreenVariants(miniProgram, 'erasure-approved', {
        // The personal copy shows the person's own account name and document number.
        personData: ['erasure_person', PERSON.document],
      });
    },
    180_000,
  );
});
