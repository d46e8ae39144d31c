import type {
  InboxPage,
  PreferencesView,
  PushJobCreated,
  PushProgress,
  TemplateView,
} from '../../../cloudfunctions/lib/contract/notify';
import { ALICE, BOB, STAFF } from '../account/account-cloud';
import { notifyCloud, SERVICE_NOTICE, TEMPLATES } from './notify-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const SECURITY_ALERT = TEMPLATES.find((t) => t.key === 'securityAlert')?.id ?? '';

const t = notifyCloud();

async function world() {
  const env = t.cloud().freshEnv('push');
  await t.register(env, ALICE);
  await t.register(env, BOB);
  await t.register(env, STAFF, ['user', 'pusher']);
  return env;
}

/** A staff push to one person, sent to the end. */
async function pushTo(env: string, accountName: string, title: string): Promise<PushProgress> {
  const job = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', {
    title,
    body: '系统将于周六 02:00–04:00 升级维护，届时暂停服务。',
    kind: 'staff.push',
    audience: { type: 'person', accountName },
  });
  expect(job.audienceSize).toBe(1);
  let progress = await t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId: job.jobId });
  while (progress.status !== 'done')
    progress = await t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId: job.jobId });
  return progress;
}

describe('pushes through the notify function (real SDK, local cloud)', () => {
  it('a send with a grant spends it; the next one without a grant is skipped and still reaches the inbox', async () => {
    const env = await world();
    await t.acceptInWechat(env, ALICE.openid, [SERVICE_NOTICE]);
    const granted = await t.data<TemplateView[]>(env, ALICE.openid, 'recordGrants', {
      decisions: { [SERVICE_NOTICE]: 'accept' },
    });
    expect(granted.find((g) => g.id === SERVICE_NOTICE)?.remaining).toBe(1);

    const first = await pushTo(env, ALICE.accountName, '系统维护通知');
    expect(first).toMatchObject({ inbox: 1, sent: 1, skipped: 0, failed: 0, done: 1 });
    const outbox = t.cloud().cloud.outbox(env, ALICE.openid);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ templateId: SERVICE_NOTICE, data: { thing1: { value: '系统维护通知' } } });
    const after = await t.data<TemplateView[]>(env, ALICE.openid, 'templates');
    expect(after.find((g) => g.id === SERVICE_NOTICE)?.remaining).toBe(0);

    const second = await pushTo(env, ALICE.accountName, '维护时间调整');
    expect(second).toMatchObject({ inbox: 1, sent: 0, skipped: 1, skips: { 'no-grant': 1 } });
    expect(t.cloud().cloud.outbox(env, ALICE.openid)).toHaveLength(1);
    const inbox = await t.data<InboxPage>(env, ALICE.openid, 'inbox');
    expect(inbox.messages.map((m) => m.title)).toEqual(['维护时间调整', '系统维护通知']);
    expect(inbox.unread).toBe(2);
  });

  it('records WeChat’s 43101 when WeChat holds no grant although we counted one, and forgets ours', async () => {
    const env = await world();
    // The grant reached our records but not WeChat (e.g. spent by another send meanwhile).
    await t.data(env, BOB.openid, 'recordGrants', { decisions: { [SERVICE_NOTICE]: 'accept' } });
    const progress = await pushTo(env, BOB.accountName, '办事指南更新');
    expect(progress).toMatchObject({ sent: 0, failed: 1, failures: { '43101': 1 } });
    const [recipient] = await t.find<{ state: string; reason: string; channels: Record<string, string> }>(
      env,
      COLLECTIONS.pushRecipients,
    );
    expect(recipient).toMatchObject({ state: 'failed', reason: '43101', channels: { wechat: 'failed:43101' } });
    const templates = await t.data<TemplateView[]>(env, BOB.openid, 'templates');
    expect(templates.find((g) => g.id === SERVICE_NOTICE)?.remaining).toBe(0);
    expect((await t.data<InboxPage>(env, BOB.openid, 'inbox')).messages).toHaveLength(1);
  });

  it('respects a kind turned off, and refuses to turn off security and legal notices', async () => {
    const env = await world();
    await t.acceptInWechat(env, ALICE.openid, [SERVICE_NOTICE]);
    await t.data(env, ALICE.openid, 'recordGrants', { decisions: { [SERVICE_NOTICE]: 'accept' } });
    const prefs = await t.data<PreferencesView>(env, ALICE.openid, 'setPreference', {
      kind: 'staff.push',
      channel: 'wechat',
      enabled: false,
    });
    expect(prefs.rows.find((r) => r.kind === 'staff.push')?.channels.wechat).toBe(false);
    const progress = await pushTo(env, ALICE.accountName, '活动通知');
    expect(progress).toMatchObject({ sent: 0, skipped: 1, skips: { 'turned-off': 1 } });
    expect(t.cloud().cloud.outbox(env, ALICE.openid)).toHaveLength(0);
    expect((await t.data<InboxPage>(env, ALICE.openid, 'inbox')).messages).toHaveLength(1);
    // The grant was not spent by the skipped send.
    expect(
      (await t.data<TemplateView[]>(env, ALICE.openid, 'templates')).find((g) => g.id === SERVICE_NOTICE)?.remaining,
    ).toBe(1);

    for (const kind of ['account.security', 'policy.published', 'account.status']) {
      const result = await t.notify(env, ALICE.openid, 'setPreference', { kind, channel: 'wechat', enabled: false });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'NOTIFY.KIND_LOCKED', message: expect.stringMatching(/不能关闭/) },
      });
    }
    const view = await t.data<PreferencesView>(env, ALICE.openid, 'preferences');
    expect(view.rows.filter((r) => r.locked).every((r) => r.channels.wechat && r.channels.sms)).toBe(true);
    expect(view.addresses).toEqual({ wechat: true, sms: true, email: false });
  });

  it('sends SMS only where the person turned it on and has a number (local stand-in records it)', async () => {
    const env = await world();
    await t.data(env, ALICE.openid, 'setPreference', { kind: 'staff.push', channel: 'sms', enabled: true });
    await t.data(env, ALICE.openid, 'setPreference', { kind: 'staff.push', channel: 'email', enabled: true });
    const progress = await pushTo(env, ALICE.accountName, '证照可领取');
    expect(progress).toMatchObject({ sent: 1 });
    const sms = await t.find<{ channel: string; to: string; title: string }>(env, COLLECTIONS.channelOutbox);
    expect(sms).toEqual([expect.objectContaining({ channel: 'sms', to: '+85366123456', title: '证照可领取' })]);
    const [recipient] = await t.find<{ channels: Record<string, string> }>(env, COLLECTIONS.pushRecipients);
    expect(recipient?.channels).toEqual({ wechat: 'skipped:no-grant', sms: 'sent', email: 'skipped:no-address' });
  });

  it('account security alerts go through the same notifier: inbox with the detailed kind, and WeChat when granted', async () => {
    const env = await world();
    await t.acceptInWechat(env, ALICE.openid, [SECURITY_ALERT]);
    await t.data(env, ALICE.openid, 'recordGrants', { decisions: { [SECURITY_ALERT]: 'accept' } });
    // Someone with Alice's password tries from another WeChat: refused, and Alice is told.
    const refused = await t.account(env, 'oIntruder00001', 'signIn', {
      accountName: ALICE.accountName,
      password: ALICE.password,
    });
    expect(refused.ok).toBe(false);
    const [message] = (await t.data<InboxPage>(env, ALICE.openid, 'inbox')).messages;
    expect(message).toMatchObject({ kind: 'security.sign-in-elsewhere', title: '账号登录提醒', read: false });
    const outbox = t.cloud().cloud.outbox(env, ALICE.openid);
    expect(outbox).toEqual([
      expect.objectContaining({
        templateId: SECURITY_ALERT,
        data: expect.objectContaining({ thing1: { value: '账号登录提醒' } }),
      }),
    ]);
  });

  it('only pushers and admins create or run jobs; every job is audited', async () => {
    const env = await world();
    const input = { title: '通知', body: '内容', kind: 'staff.push', audience: { type: 'everyone' } };
    expect(await t.code(env, ALICE.openid, 'createPushJob', input)).toBe('ACCOUNT.FORBIDDEN');
    await t.agree(env, 'oNobody000001');
    expect(await t.code(env, 'oNobody000001', 'createPushJob', input)).toBe('ACCOUNT.NOT_SIGNED_IN');
    const job = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', input);
    expect(job.audienceSize).toBe(3);
    expect(job.preview).toMatchObject({
      template: '服务通知',
      data: { thing1: { value: '通知' }, thing2: { value: '内容' } },
      fields: [
        { name: '通知标题', value: '通知' },
        { name: '通知内容', value: '内容' },
        { name: '通知时间', value: expect.stringMatching(/\d/) },
      ],
    });
    expect(await t.code(env, ALICE.openid, 'runPushJob', { jobId: job.jobId })).toBe('ACCOUNT.FORBIDDEN');
    expect(await t.code(env, ALICE.openid, 'pushJobStatus', { jobId: job.jobId })).toBe('ACCOUNT.FORBIDDEN');
    const audit = await t.find<{ action: string; target: string; details: Record<string, unknown> }>(
      env,
      COLLECTIONS.auditLog,
      {
        action: 'push.job-created',
      },
    );
    expect(audit).toEqual([
      expect.objectContaining({
        target: job.jobId,
        details: expect.objectContaining({ audience: 'everyone', audienceSize: 3 }),
      }),
    ]);
  });

  it('keeps each inbox to its owner: list, mark read, mark all read, delete', async () => {
    const env = await world();
    await pushTo(env, ALICE.accountName, '第一条');
    await pushTo(env, ALICE.accountName, '第二条');
    await pushTo(env, ALICE.accountName, '第三条');
    const page1 = await t.data<InboxPage>(env, ALICE.openid, 'inbox', { limit: 2 });
    expect(page1.messages.map((m) => m.title)).toEqual(['第三条', '第二条']);
    const page2 = await t.data<InboxPage>(env, ALICE.openid, 'inbox', { limit: 2, before: page1.next });
    expect(page2.messages.map((m) => m.title)).toEqual(['第一条']);
    expect(page2.next).toBeNull();
    const target = page1.messages[0]?.id ?? '';
    // Bob sees none of Alice's messages and cannot touch them.
    expect((await t.data<InboxPage>(env, BOB.openid, 'inbox')).messages).toEqual([]);
    expect(await t.code(env, BOB.openid, 'markRead', { id: target })).toBe('NOTIFY.MESSAGE_NOT_FOUND');
    expect(await t.code(env, BOB.openid, 'deleteMessage', { id: target })).toBe('NOTIFY.MESSAGE_NOT_FOUND');
    expect(await t.data(env, ALICE.openid, 'markRead', { id: target })).toEqual({ unread: 2 });
    expect(await t.data(env, ALICE.openid, 'deleteMessage', { id: target })).toEqual({ unread: 2 });
    expect(await t.code(env, ALICE.openid, 'deleteMessage', { id: target })).toBe('NOTIFY.MESSAGE_NOT_FOUND');
    expect(await t.data(env, ALICE.openid, 'markAllRead')).toEqual({ marked: 2, unread: 0 });
    expect(await t.data(env, ALICE.openid, 'unreadCount')).toEqual({ unread: 0 });
  });

  it('answers bad input with stable codes', async () => {
    const env = await world();
    const cases: [string, unknown, string][] = [
      [
        'createPushJob',
        { title: '', body: 'x', kind: 'staff.push', audience: { type: 'everyone' } },
        'REQUEST.INVALID_INPUT',
      ],
      [
        'createPushJob',
        { title: 'x', body: 'x', kind: 'account.security', audience: { type: 'everyone' } },
        'REQUEST.INVALID_INPUT',
      ],
      [
        'createPushJob',
        { title: 'x', body: 'x', kind: 'staff.push', audience: { type: 'person', accountName: 'no_such_person' } },
        'ACCOUNT.NOT_FOUND',
      ],
      [
        'createPushJob',
        { title: 'x', body: 'x', kind: 'staff.push', audience: { type: 'matter', matterCode: 'NOPE' } },
        'NOTIFY.AUDIENCE_EMPTY',
      ],
      [
        'createPushJob',
        { title: 'x', body: 'x', kind: 'staff.push', audience: { type: 'everyone' }, openid: ALICE.openid },
        'REQUEST.INVALID_INPUT',
      ],
      ['runPushJob', { jobId: 'nope' }, 'NOTIFY.JOB_NOT_FOUND'],
      ['runPushJob', { jobId: '../x' }, 'REQUEST.INVALID_INPUT'],
      ['setPreference', { kind: 'staff.push', channel: 'fax', enabled: false }, 'REQUEST.INVALID_INPUT'],
      ['recordGrants', { decisions: { 'tmpl-unknown': 'accept' } }, 'NOTIFY.TEMPLATE_UNKNOWN'],
      ['recordGrants', { decisions: {} }, 'REQUEST.INVALID_INPUT'],
      ['inbox', { limit: 500 }, 'REQUEST.INVALID_INPUT'],
      ['markRead', {}, 'REQUEST.INVALID_INPUT'],
      ['noSuchAction', {}, 'REQUEST.UNKNOWN_ACTION'],
    ];
    for (const [action, input, code] of cases)
      expect([action, await t.code(env, STAFF.openid, action, input)]).toEqual([action, code]);
  });
});
