/**
 * Staff text reaches everyone, so WeChat checks it before a push job exists (agreement §5.6):
 * msgSecCheck v2 through the notify function, answered here by the local stand-in's word list.
 */
import { LOCAL_RISKY_WORDS } from '../../../cloudfunctions/lib/content-safety/local-content-safety-stand-in';
import type { InboxPage, PushJobCreated } from '../../../cloudfunctions/lib/contract/notify';
import { ALICE, BOB, STAFF } from '../account/account-cloud';
import { notifyCloud } from './notify-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = notifyCloud();
const RISKY = LOCAL_RISKY_WORDS[0];
const HOUR = 3_600_000;

async function world() {
  const env = t.cloud().freshEnv('push-safety');
  await t.register(env, ALICE);
  await t.register(env, BOB, ['user', 'admin']);
  await t.register(env, STAFF, ['user', 'pusher']);
  return env;
}

const push = (title: string, body: string) => ({
  title,
  body,
  kind: 'staff.push',
  audience: { type: 'person', accountName: ALICE.accountName },
});

/**
 * The refusal names the field to change: in Chinese in the message, and as a stable key the client
 * names in the UI language; WeChat's label never reaches the staff member.
 */
const refusedOn = (name: string, field: string) => ({
  ok: false,
  error: { code: 'CONTENT.RISKY', message: expect.stringContaining(`“${name}”`), field },
});

describe('staff push text checked before a job is created (real SDK, local cloud)', () => {
  it('a forbidden word in the body or the title is refused on that field: no job, no audit, no inbox message', async () => {
    const env = await world();
    const body = await t.notify(env, STAFF.openid, 'createPushJob', push('活动通知', `本周开展${RISKY}活动`));
    expect(body).toMatchObject(refusedOn('正文', 'pushBody'));
    expect(JSON.stringify(body)).not.toContain('20006');
    const title = await t.notify(env, STAFF.openid, 'createPushJob', push(`${RISKY}通知`, '请按时办理。'));
    expect(title).toMatchObject(refusedOn('标题', 'pushTitle'));

    expect(await t.find(env, COLLECTIONS.pushJobs)).toEqual([]);
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'push.job-created' })).toEqual([]);
    expect((await t.data<InboxPage>(env, ALICE.openid, 'inbox')).messages).toEqual([]);

    const clean = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', push('活动通知', '请按时办理。'));
    expect(clean.audienceSize).toBe(1);
    expect(await t.find(env, COLLECTIONS.pushJobs)).toHaveLength(1);
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'push.job-created' })).toHaveLength(1);
  });

  it('an announcement with a forbidden word is refused: no banner, no push job', async () => {
    const env = await world();
    const now = Date.now();
    const refused = await t.notify(env, BOB.openid, 'publishAnnouncement', {
      type: 'maintenance',
      title: '系统升级维护',
      body: `维护期间可${RISKY}`,
      startsAt: now + HOUR,
      endsAt: now + 3 * HOUR,
    });
    expect(refused).toMatchObject(refusedOn('正文', 'pushBody'));
    expect(await t.find(env, COLLECTIONS.announcements)).toEqual([]);
    expect(await t.find(env, COLLECTIONS.pushJobs)).toEqual([]);
  });
});
