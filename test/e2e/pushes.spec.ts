import { randomUUID } from 'node:crypto';
import type Element from 'miniprogram-automator/out/Element';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type { InboxPage, PushJobCreated, PushProgress, TemplateView } from '../../cloudfunctions/lib/contract/notify';
import type { RequestSummary, StaffRequestView } from '../../cloudfunctions/lib/contract/requests';
import { LOCAL_RISKY_WORDS } from '../../cloudfunctions/lib/content-safety/local-content-safety-stand-in';
import { buildJpeg } from '../unit/platform/permissions/jpeg-fixture';
import { zhCNInbox } from '../../src/i18n/zh-CN-inbox';
import { sdkAt } from '../support/local-cloud';
import { cloudFunction } from './support/cloud-functions';
import { tap, textOf, type } from './support/interact';
import { PAGES } from './support/routes';
import { holdInView } from './support/hold-in-view';
import { saveScreenVariants } from './support/screen-variants';
import { personIn, reviewerIn, storyCloud } from './support/same-cloud';
import { staffDesk } from './support/staff-desk';
import { PERSON, registerByCall } from './support/register';
import { story } from './support/story';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './support/wait';
import { setRoles } from '../support/set-roles';
import { COLLECTIONS } from '../../cloudfunctions/lib/infra/collections';

const INBOX = 'packages/inbox/pages/list/index';
const PREFERENCES = 'packages/inbox/pages/preferences/index';
const STAFF_PUSH = 'packages/staff/pages/push/index';

/** The app-side globals inside evaluate(): only what the calls below use. */
declare function fetch(
  url: string,
  init?: { method: string; headers: Record<string, string>; body: string },
): Promise<{ json(): Promise<unknown> }>;
declare const location: { origin: string };

/** The console's view of the story's cloud environment (roles are given there, as an admin would). */
async function consoleDatabase(miniProgram: MiniProgram) {
  const where = function () {
    return fetch('/__dev/identity')
      .then((response) => response.json())
      .then((identity) => ({ origin: location.origin, env: (identity as { env: string }).env }));
  };
  const { origin, env } = (await miniProgram.evaluate(where)) as { origin: string; env: string };
  return sdkAt(`${origin}/tcb`, { env }).database();
}

/** What WeChat records when the person accepts in its subscription dialog (the local cloud's stand-in). */
async function wechatRecords(miniProgram: MiniProgram, results: Record<string, string>): Promise<void> {
  const post = function (body: string) {
    return fetch('/__dev/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }).then((r) => r.json());
  };
  await miniProgram.evaluate(post, JSON.stringify({ tmplIds: Object.keys(results), results }));
}

async function outbox(
  miniProgram: MiniProgram,
): Promise<{ templateId: string; data: Record<string, { value: string }> }[]> {
  const read = function () {
    return fetch('/__dev/outbox').then((r) => r.json());
  };
  return (
    (await miniProgram.evaluate(read)) as {
      messages: { templateId: string; data: Record<string, { value: string }> }[];
    }
  ).messages;
}

async function agreeAndRegister(miniProgram: MiniProgram): Promise<void> {
  const page = await onPage(miniProgram, PAGES.agreement);
  await tap(page, '.agreement__tick');
  await tap(page, 'button.agreement__agree');
  await onPage(miniProgram, PAGES.home, COLD_FUNCTION_MS);
  await registerByCall(miniProgram);
}

/** In notice settings, the person taps to receive WeChat messages and accepts (WeChat's dialog mocked; WeChat records it). */
async function subscribeInSettings(miniProgram: MiniProgram): Promise<string[]> {
  const templates = await cloudFunction(miniProgram, 'notify').call<TemplateView[]>('templates');
  if (!templates.ok) throw new Error(templates.error.code);
  const asked = templates.data.slice(0, 3).map((t) => t.id);
  const accepted = Object.fromEntries(asked.map((id) => [id, 'accept']));
  await miniProgram.navigateTo(`/${PREFERENCES}`);
  const prefs = await onPage(miniProgram, PREFERENCES);
  await miniProgram.mockWxMethod('requestSubscribeMessage', { errMsg: 'requestSubscribeMessage:ok', ...accepted });
  await wechatRecords(miniProgram, accepted);
  try {
    await tap(prefs, 'button.preferences__subscribe');
    expect(await textOf(prefs, '.preferences__notice')).toBe(zhCNInbox.subscribed);
  } finally {
    await miniProgram.restoreWxMethod('requestSubscribeMessage');
  }
  return asked;
}

describe('pushes', () => {
  story(
    'a person subscribes in notice settings → staff push → the inbox shows it, the home badge counts it, WeChat got one message',
    async (miniProgram) => {
      await agreeAndRegister(miniProgram);
      const templates = await cloudFunction(miniProgram, 'notify').call<TemplateView[]>('templates');
      if (!templates.ok) throw new Error(templates.error.code);
      const asked = templates.data.slice(0, 3).map((t) => t.id);
      const accepted = Object.fromEntries(asked.map((id) => [id, 'accept']));

      await miniProgram.navigateTo(`/${PREFERENCES}`);
      const prefs = await onPage(miniProgram, PREFERENCES);
      expect(await textOf(prefs, '.preferences__locked-note')).toBe(zhCNInbox.lockedNote);
      // The tap asks WeChat (mocked: WeChat's dialog cannot exist here); WeChat keeps the acceptances.
      await miniProgram.mockWxMethod('requestSubscribeMessage', { errMsg: 'requestSubscribeMessage:ok', ...accepted });
      await wechatRecords(miniProgram, accepted);
      try {
        await tap(prefs, 'button.preferences__subscribe');
        expect(await textOf(prefs, '.preferences__notice')).toBe(zhCNInbox.subscribed);
      } finally {
        await miniProgram.restoreWxMethod('requestSubscribeMessage');
      }
      const granted = await cloudFunction(miniProgram, 'notify').call<TemplateView[]>('templates');
      expect(granted.ok && granted.data.filter((t) => asked.includes(t.id)).every((t) => t.remaining === 1)).toBe(true);

      // A locked kind cannot be switched off from the page: the tap changes nothing.
      const locked = await elementOf(prefs, '.preferences__row--account-security .preferences__switch--wechat');
      await locked.tap();
      expect(await locked.text()).toBe(`${zhCNInbox.channels.wechat} ${zhCNInbox.on}`);

      const staff = await staffDesk(miniProgram);
      const job = await staff.call<PushJobCreated>('notify', 'createPushJob', {
        title: '系统维护通知',
        body: '周六 02:00–04:00 系统升级，暂停线上办理。',
        kind: 'maintenance',
        audience: { type: 'person', accountName: PERSON.accountName },
      });
      if (!job.ok) throw new Error(job.error.code);
      const sent = await staff.call<PushProgress>('notify', 'runPushJob', { jobId: job.data.jobId });
      expect(sent).toMatchObject({ ok: true, data: { status: 'done', sent: 1 } });

      await miniProgram.reLaunch(`/${PAGES.home}`);
      const home = await onPage(miniProgram, PAGES.home);
      expect(await until('the unread badge', async () => (await home.$('.home__badge'))?.text())).toBe('1');
      await tap(home, '.home__inbox');
      const inbox = await onPage(miniProgram, INBOX);
      expect(await textOf(inbox, '.inbox__message--unread .inbox__message-title')).toBe('系统维护通知');
      expect(await textOf(inbox, '.inbox__unread')).toBe(zhCNInbox.unread(1));
      await tap(inbox, '.inbox__message--unread .inbox__message-content');
      expect(
        await until('the message read', async () => (await textOf(inbox, '.inbox__unread')) === zhCNInbox.unread(0)),
      ).toBe(true);

      const messages = await outbox(miniProgram);
      expect(messages).toHaveLength(1);
      expect(messages[0]?.data).toMatchObject({ thing1: { value: '系统维护通知' } });
      const page = await cloudFunction(miniProgram, 'notify').call<InboxPage>('inbox');
      expect(page.ok && page.data.messages.map((m) => [m.kind, m.read])).toEqual([['maintenance', true]]);
    },
    // Two people and a dozen cold calls, beside this file's other stories (concurrent): 28 s alone,
    // past the 60 s default on a loaded machine.
    120_000,
  );

  story(
    'a person subscribes → staff approve their request → the inbox has the notice and WeChat got the subscription message',
    async (miniProgram) => {
      const page = await onPage(miniProgram, PAGES.agreement);
      await tap(page, '.agreement__tick');
      await tap(page, 'button.agreement__agree');
      await onPage(miniProgram, PAGES.home, COLD_FUNCTION_MS);
      // The person is this mini-program's own WeChat identity; their request goes in through the
      // real functions (the application pages have their own stories).
      const cloud = await storyCloud(miniProgram);
      const me = function () {
        return fetch('/__dev/identity').then((r) => r.json());
      };
      const { openid } = (await miniProgram.evaluate(me)) as { openid: string };
      const person = personIn(cloud, openid);
      await person.register('chan_tai_man', 31);
      const photo = await person.upload('material', 'identity.jpg', buildJpeg({ gps: false }), 'jpeg');
      const submitted = await person.call<RequestSummary>('requests', 'submit', {
        clientRequestId: randomUUID(),
        matterCode: 'ARCHIVE-COPY',
        form: { targetUscc: '91350100M000100Y43', scope: 'public', copies: 1 },
        materials: [{ materialCode: 'identity', uploadId: photo }],
        delivery: { method: 'pickup', contact: '陈大文', mobile: { countryCode: '+853', number: '66123456' } },
      });
      const reviewer = await reviewerIn(cloud, 'push');
      const version = async () =>
        (await reviewer.call<StaffRequestView>('requests', 'staffDetail', { requestId: submitted.id })).version;
      await reviewer.call('requests', 'accept', { requestId: submitted.id, expectedVersion: await version() });
      // Accepted before any subscription: the notice reached the inbox only.
      expect(await outbox(miniProgram)).toEqual([]);

      const asked = await subscribeInSettings(miniProgram);
      await reviewer.call('requests', 'approve', { requestId: submitted.id, expectedVersion: await version() });

      await miniProgram.reLaunch(`/${PAGES.home}`);
      const home = await onPage(miniProgram, PAGES.home);
      await tap(home, '.home__inbox');
      const inbox = await onPage(miniProgram, INBOX);
      const newest = await textOf(inbox, '.inbox__message-title');
      expect(newest).toContain('已办结（准予）');
      const titles = await Promise.all((await inbox.$$('.inbox__message-title')).map((e: Element) => e.text()));
      // Submitted, accepted (inbox only: no subscription yet), approved (inbox and WeChat).
      expect(titles).toHaveLength(3);
      expect(titles[1]).toContain('已受理');

      const messages = await outbox(miniProgram);
      expect(messages).toHaveLength(1);
      expect(asked).toContain(messages[0]?.templateId);
      expect(messages[0]?.data).toMatchObject({ phrase3: { value: '已办结准予' } });
      expect(messages[0]?.data.thing2?.value).toContain('已办结');
    },
    180_000,
  );

  story(
    'a push with a forbidden word is refused before it is sent: the reason shown, no job, no message',
    async (miniProgram) => {
      await agreeAndRegister(miniProgram);
      const db = await consoleDatabase(miniProgram);
      // The story's person is made a pusher from the console, to work the staff push screen.
      await setRoles(db, PERSON.accountName, ['user', 'pusher']);

      await miniProgram.navigateTo(`/${STAFF_PUSH}`);
      const page = await onPage(miniProgram, STAFF_PUSH);
      await type(page, 'input.push__input--title', '周末活动通知');
      // A word of the local content-safety stand-in's list, standing for what WeChat's msgSecCheck (v2)
      // answers `risky` (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html).
      await type(page, 'input.push__input--body', `本周末开放线上${LOCAL_RISKY_WORDS[0]}活动，欢迎参加。`);
      await (await elementOf(page, '.push__audience--person')).tap();
      await type(page, 'input.push__input--account', PERSON.accountName);
      await (await elementOf(page, 'button.push__create')).tap();

      const shown = await until('the refusal', async () => (await page.$('.push__error'))?.text(), COLD_FUNCTION_MS);
      // In Chinese, naming the field to change (the body, not the title), never WeChat's label (20006).
      expect(shown).toContain('“正文”');
      expect(shown).not.toContain('“标题”');
      expect(shown).toContain('请删改后再提交');
      expect(shown).not.toMatch(/\d{5}|risky/);
      await saveScreenVariants(miniProgram, 'staff-push-refused', { personData: [PERSON.accountName] });
      // Refused before any job exists: nothing to send, no preview, no inbox message, no WeChat message.
      expect(await page.$('.push__preview')).toBeNull();
      expect(await page.$('button.push__send')).toBeNull();
      // The story's environment is its own: any job in it would be this one.
      const jobs = (await db.collection(COLLECTIONS.pushJobs).get()) as unknown as { data: unknown[] };
      expect(jobs.data).toEqual([]);
      const inbox = await cloudFunction(miniProgram, 'notify').call<InboxPage>('inbox');
      expect(inbox.ok && inbox.data.messages).toEqual([]);
      expect(await outbox(miniProgram)).toEqual([]);
    },
  );

  story(
    'a pusher previews a notice by the field names WeChat shows, sends it and reads the report',
    async (miniProgram) => {
      await agreeAndRegister(miniProgram);
      const db = await consoleDatabase(miniProgram);
      await db
        .collection('accounts')
        .where({ accountName: PERSON.accountName })
        .update({ data: { roles: ['user', 'pusher'] } });
      await miniProgram.reLaunch(`/${STAFF_PUSH}`);
      const page = await onPage(miniProgram, STAFF_PUSH);
      await type(page, 'input.push__input--title', '系统维护通知');
      await type(page, 'input.push__input--body', '周六凌晨系统升级，暂停线上办理。');
      await (await elementOf(page, '.push__audience--person')).tap();
      await type(page, 'input.push__input--account', PERSON.accountName);
      await (await elementOf(page, 'button.push__create')).tap();
      await until('the preview', () => page.$('.push__wechat .push__field'), COLD_FUNCTION_MS);
      const fields = await Promise.all((await page.$$('.push__wechat .push__field')).map((e: Element) => e.text()));
      // The template's field names as WeChat shows them, never its keys (thing1, time3).
      expect(fields.slice(0, 2)).toEqual(['通知标题：系统维护通知', '通知内容：周六凌晨系统升级，暂停线上办理。']);
      expect((await textOf(page, '.push__wechat')) ?? '').not.toMatch(/thing\d|time\d/);
      // The four variants in place: the preview stays on show, scrolled to (it sits below the form).
      let release = await holdInView(miniProgram, '.push__preview');
      await saveScreenVariants(miniProgram, 'staff-push-preview', { personData: [PERSON.accountName] });
      await release();
      await (await elementOf(page, 'button.push__send')).tap();
      await until(
        'the report',
        async () => /1\D+1/.test((await (await page.$('.push__inbox'))?.text()) ?? ''),
        COLD_FUNCTION_MS,
      );
      release = await holdInView(miniProgram, '.push__progress');
      await saveScreenVariants(miniProgram, 'staff-push-report', { personData: [PERSON.accountName] });
      await release();
    },
    240_000,
  );
});
