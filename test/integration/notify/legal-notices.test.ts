/**
 * The notices the law requires (agreement §8.2, §8.4; policy §7.2) through the real SDK: the
 * maintenance banner anyone reads (guests, no consent), gone once it ends; the inbox push to everyone;
 * a security incident to the affected people only, on every channel, that nobody can turn off.
 */
import { approvePush } from '../../support/approve-push';
import type { AnnouncementPublished, AnnouncementsView } from '../../../cloudfunctions/lib/contract/announcement';
import type { InboxPage, PushJobCreated, PushProgress } from '../../../cloudfunctions/lib/contract/notify';
import { ALICE, BOB, STAFF } from '../account/account-cloud';
import { legalNoticeCloud } from './legal-cloud';
import { TEMPLATES } from './notify-cloud';

jest.setTimeout(90_000);
const t = legalNoticeCloud();
const HOUR = 3_600_000;
const GUEST = 'oGuestNeverAgreed01';
const SECURITY_ALERT = TEMPLATES.find((x) => x.key === 'securityAlert')?.id ?? '';

async function world() {
  t.advance(0);
  const env = t.cloud().freshEnv('legal');
  await t.register(env, ALICE);
  await t.register(env, BOB, ['user', 'pusher']);
  await t.register(env, STAFF, ['user', 'admin']);
  return env;
}

async function runToEnd(env: string, jobId: string): Promise<PushProgress> {
  let progress = await t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId });
  while (progress.status !== 'done') progress = await t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId });
  return progress;
}

const inboxTitles = async (env: string, openid: string) =>
  (await t.data<InboxPage>(env, openid, 'inbox')).messages.map((m) => `${m.kind}:${m.title}`);

describe('maintenance announcements', () => {
  it('a guest without consent (and a caller without identity) reads the banner until it ends; everyone’s inbox is told', async () => {
    const env = await world();
    const now = Date.now();
    const published = await t.data<AnnouncementPublished>(env, STAFF.openid, 'publishAnnouncement', {
      type: 'maintenance',
      title: '系统升级维护',
      body: '周六 02:00 至 04:00 暂停网上办理。',
      startsAt: now + HOUR,
      endsAt: now + 3 * HOUR,
    });
    expect(published.job.audienceSize).toBe(3);
    // Shown and sent once a second admin approved (the rule itself: push-to-everyone-approval.test.ts).
    expect((await t.data<AnnouncementsView>(env, GUEST, 'announcements')).announcements).toEqual([]);
    await approvePush(t.cloud().sdk({ env }).database(), published.job.jobId);

    const banner = await t.data<AnnouncementsView>(env, GUEST, 'announcements');
    expect(banner.announcements).toEqual([
      expect.objectContaining({ title: '系统升级维护', type: 'maintenance', active: false }),
    ]);
    const anonymous = await t.data<AnnouncementsView>(env, null, 'announcements');
    expect(anonymous.announcements.map((a) => a.id)).toEqual([published.announcementId]);

    expect(await runToEnd(env, published.job.jobId)).toMatchObject({ done: 3, failed: 0 });
    expect(await inboxTitles(env, ALICE.openid)).toEqual(['maintenance:系统升级维护']);

    t.advance(2 * HOUR);
    expect((await t.data<AnnouncementsView>(env, GUEST, 'announcements')).announcements[0]?.active).toBe(true);
    t.advance(3 * HOUR + 1000);
    expect((await t.data<AnnouncementsView>(env, GUEST, 'announcements')).announcements).toEqual([]);
  });

  it('is published before the date by admins only', async () => {
    const env = await world();
    const now = Date.now();
    const input = {
      type: 'service-change',
      title: '服务调整',
      body: '办理时限调整。',
      startsAt: now + HOUR,
      endsAt: now + 2 * HOUR,
    };
    expect(await t.code(env, BOB.openid, 'publishAnnouncement', input)).toBe('ACCOUNT.FORBIDDEN');
    expect(await t.code(env, STAFF.openid, 'publishAnnouncement', { ...input, startsAt: now - HOUR })).toBe(
      'NOTIFY.ANNOUNCEMENT_TIMES',
    );
    expect(await t.code(env, STAFF.openid, 'publishAnnouncement', { ...input, endsAt: input.startsAt })).toBe(
      'NOTIFY.ANNOUNCEMENT_TIMES',
    );
    expect((await t.data<AnnouncementsView>(env, GUEST, 'announcements')).announcements).toEqual([]);
  });
});

describe('security-incident notices', () => {
  it('reach the affected people only, in the inbox and on WeChat where granted, and cannot be turned off', async () => {
    const env = await world();
    const accepted = await fetch(`${t.cloud().cloud.origin}/__dev/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': ALICE.openid, 'x-dev-env': env },
      body: JSON.stringify({ tmplIds: [SECURITY_ALERT], results: { [SECURITY_ALERT]: 'accept' } }),
    });
    expect(accepted.ok).toBe(true);
    await t.data(env, ALICE.openid, 'recordGrants', { decisions: { [SECURITY_ALERT]: 'accept' } });

    const refused = await t.call(env, ALICE.openid, 'notify', 'setPreference', {
      kind: 'security.incident',
      channel: 'wechat',
      enabled: false,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOTIFY.KIND_LOCKED' } });

    const incident = {
      title: '账号信息安全事件',
      body: '我们发现异常访问，已处置，请修改密码。',
      kind: 'security.incident',
      audience: { type: 'accounts', accountNames: [ALICE.accountName] },
    };
    expect(await t.code(env, BOB.openid, 'createPushJob', incident)).toBe('ACCOUNT.FORBIDDEN');
    const job = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', incident);
    expect(job.audienceSize).toBe(1);
    expect(await runToEnd(env, job.jobId)).toMatchObject({ done: 1, sent: 1, failed: 0 });

    expect(await inboxTitles(env, ALICE.openid)).toEqual(['security.incident:账号信息安全事件']);
    expect(t.cloud().cloud.outbox(env, ALICE.openid)).toEqual([
      expect.objectContaining({ templateId: SECURITY_ALERT }),
    ]);
    expect(await inboxTitles(env, BOB.openid)).toEqual([]);
    expect(await inboxTitles(env, STAFF.openid)).toEqual([]);
  });
});
