import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type { FeedbackQueueOutput } from '../../cloudfunctions/lib/contract/feedback-handling';
import type { ReportQueueOutput } from '../../cloudfunctions/lib/contract/reports';
import { reportDecidedNotice } from '../../cloudfunctions/lib/reports/decide-report';
import { zhCNReports } from '../../src/i18n/zh-CN-reports';
import { sdkAt } from '../support/local-cloud';
import { saveScreenVariants } from './support/screen-variants';
import { staffDesk } from './support/staff-desk';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerInForm } from './support/register';
import { story } from './support/story';
import { onPage, until } from './support/wait';
import { setRoles } from '../support/set-roles';
import { COLLECTIONS } from '../../cloudfunctions/lib/infra/collections';

const PAGES = {
  feedback: 'packages/feedback/pages/index/index',
  report: 'packages/feedback/pages/report/index',
  staffFeedback: 'packages/staff/pages/feedback/index',
  staffReports: 'packages/staff/pages/reports/index',
} as const;

declare const location: { origin: string };
declare function fetch(url: string): Promise<{ json(): Promise<{ env: string }> }>;

/** The console's view of the story's cloud environment. */
async function consoleDatabase(miniProgram: MiniProgram) {
  const where = function () {
    return fetch('/__dev/identity')
      .then((response) => response.json())
      .then((identity) => ({ origin: location.origin, env: identity.env }));
  };
  const { origin, env } = (await miniProgram.evaluate(where)) as { origin: string; env: string };
  return sdkAt(`${origin}/tcb`, { env }).database();
}

async function find<T>(miniProgram: MiniProgram, collection: string, where: Record<string, unknown>): Promise<T[]> {
  const db = await consoleDatabase(miniProgram);
  return ((await db.collection(collection).where(where).get()) as unknown as { data: T[] }).data;
}

/** The story's person is given the staff role from the console, to work the staff screens. */
async function makeStaff(miniProgram: MiniProgram): Promise<void> {
  const db = await consoleDatabase(miniProgram);
  await setRoles(db, PERSON.accountName, ['user', 'staff']);
}

describe('complaints answered and reports handled', () => {
  story(
    'a person complains, staff answer, the person reads the answer; the answered item is closed on the staff screen',
    async (miniProgram) => {
      await registerInForm(miniProgram);
      await miniProgram.navigateTo(`/${PAGES.feedback}`);
      const page = await onPage(miniProgram, PAGES.feedback);
      await tap(page, '.feedback__category--complaint');
      await type(page, 'input.feedback__text', '窗口排队太久，希望增开窗口');
      await tap(page, 'button.feedback__submit');
      await until('the complaint in 我的反馈', async () => (await page.$$('.feedback__item')).length === 1);

      const desk = await staffDesk(miniProgram);
      const queue = await desk.call<FeedbackQueueOutput>('feedback', 'queue');
      if (!queue.ok) throw new Error(`queue: ${queue.error.code}`);
      const [item] = queue.data.items;
      expect(item).toMatchObject({ category: 'complaint', status: 'received' });
      expect((await desk.call('feedback', 'assign', { id: item?.id })).ok).toBe(true);
      expect((await desk.call('feedback', 'reply', { id: item?.id, text: '已增开两个窗口，感谢反馈。' })).ok).toBe(
        true,
      );

      await miniProgram.navigateTo(`/${PAGES.feedback}`);
      const again = await onPage(miniProgram, PAGES.feedback);
      await until('the answer', async () => (await again.$('.feedback__reply')) !== null);
      expect(await textOf(again, '.feedback__reply')).toContain('已增开两个窗口，感谢反馈。');
      await saveScreenVariants(miniProgram, 'feedback-answered');

      // Made staff, the person is not offered their own complaint (separation of duties, issue 15):
      // the other staff member closes it.
      await makeStaff(miniProgram);
      await miniProgram.navigateTo(`/${PAGES.staffFeedback}`);
      const staff = await onPage(miniProgram, PAGES.staffFeedback);
      await until('the queue without my own item', async () => (await staff.$('.staff-feedback__empty')) !== null);
      expect(await staff.$('.staff-feedback__item--answered')).toBeNull();
      await saveScreenVariants(miniProgram, 'staff-feedback-queue');
      expect((await desk.call('feedback', 'close', { id: item?.id })).ok).toBe(true);
      const closed = await desk.call<FeedbackQueueOutput>('feedback', 'queue');
      if (!closed.ok) throw new Error(`queue: ${closed.error.code}`);
      expect(closed.data.items.find((i) => i.id === item?.id)).toBeUndefined();
    },
  );

  story('a report leads to the reported message removed and the reporter told', async (miniProgram) => {
    await registerInForm(miniProgram);
    // A message in the person's inbox that pretends to be official, put there from the console.
    const [account] = await find<{ _id: string }>(miniProgram, 'accounts', { accountName: PERSON.accountName });
    const message = { _id: 'e2e-fake-official-message', accountId: account?._id, kind: 'staff.push' };
    const db = await consoleDatabase(miniProgram);
    await db.collection(COLLECTIONS.messages).add({
      data: { ...message, title: '退税通知', body: '请点击链接领取退税', createdAt: Date.now(), readAt: null },
    });

    await miniProgram.navigateTo(`/${PAGES.report}`);
    const page = await onPage(miniProgram, PAGES.report);
    await tap(page, '.report__kind--message');
    await type(page, 'input.report__target', message._id);
    await tap(page, '.report__reason--fraud');
    await type(page, 'input.report__text', '冒充官方的消息');
    await saveScreenVariants(miniProgram, 'report-form', { personData: [message._id] });
    await tap(page, 'button.report__submit');
    await until('the report sent', async () => (await page.$('.report__sent')) !== null);
    expect(await textOf(page, '.report__sent')).toBe(zhCNReports.entry.sent);

    // Made staff, the reporter is not offered their own report (separation of duties, issue 15);
    // another staff member decides it.
    await makeStaff(miniProgram);
    await miniProgram.navigateTo(`/${PAGES.staffReports}`);
    const staff = await onPage(miniProgram, PAGES.staffReports);
    await until('the queue without my own report', async () => (await staff.$('.staff-reports__empty')) !== null);
    await saveScreenVariants(miniProgram, 'staff-reports-queue');
    const desk = await staffDesk(miniProgram);
    const reports = await desk.call<ReportQueueOutput>('feedback', 'reportQueue');
    if (!reports.ok) throw new Error(`reports: ${reports.error.code}`);
    const [report] = reports.data.items;
    expect(
      (await desk.call('feedback', 'decideReport', { id: report?.id, outcome: 'remove', note: '冒充官方' })).ok,
    ).toBe(true);

    expect(await find(miniProgram, 'messages', { _id: message._id })).toEqual([]);
    const told = await find<{ body: string }>(miniProgram, 'messages', { kind: 'report.decided' });
    expect(told.map((m) => m.body)).toEqual([reportDecidedNotice('remove').body]);
  });
});
