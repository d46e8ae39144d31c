/**
 * Issue 15, separation of duties: a push to everyone (an announcement's too) takes two admins. The
 * first admin's job waits as a proposal and cannot be sent; the proposer cannot approve it; a
 * second admin approves (then it is sent and reaches the inbox) or rejects it; after 24 hours it
 * lapses. Audited; the proposer told. A push to one person still goes at once.
 */
import type { AnnouncementPublished, AnnouncementsView } from '../../../cloudfunctions/lib/contract/announcement';
import type { InboxPage, PushJobCreated, PushProgress } from '../../../cloudfunctions/lib/contract/notify';
import type { DecideProposalOutput, ProposalView } from '../../../cloudfunctions/lib/contract/proposals';
import { ALICE, BOB, STAFF } from '../account/account-cloud';
import { notifyCloud } from './notify-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

jest.setTimeout(120_000);
const t = notifyCloud();
const HOUR = 3_600_000;

async function world() {
  const env = t.cloud().freshEnv('two-person-push');
  await t.register(env, ALICE);
  await t.register(env, BOB, ['user', 'staff', 'admin']);
  await t.register(env, STAFF, ['user', 'staff', 'admin']);
  return env;
}

async function accountData<T>(env: string, openid: string, action: string, input?: unknown): Promise<T> {
  const r = await t.account<T>(env, openid, action, input);
  if (!r.ok) throw new Error(`${action}: ${r.error.code}`);
  return r.data;
}
const accountCode = async (env: string, openid: string, action: string, input?: unknown) => {
  const r = await t.account(env, openid, action, input);
  return r.ok ? 'OK' : r.error.code;
};
const inboxTitles = async (env: string, openid: string) =>
  (await t.data<InboxPage>(env, openid, 'inbox')).messages.map((m) => m.title);
const jobStatus = async (env: string, jobId: string) =>
  (await t.find<{ status: string }>(env, COLLECTIONS.pushJobs, { _id: jobId }))[0]?.status;

async function runToEnd(env: string, openid: string, jobId: string): Promise<PushProgress> {
  let progress = await t.data<PushProgress>(env, openid, 'runPushJob', { jobId });
  while (progress.status !== 'done') progress = await t.data<PushProgress>(env, openid, 'runPushJob', { jobId });
  return progress;
}

const TO_EVERYONE = { title: '系统维护通知', body: '周六 02:00–04:00 暂停服务', kind: 'staff.push' };

describe('the two-person rule for pushes to everyone (real SDK, local cloud)', () => {
  it('waits unsendable; the proposer cannot approve; a second admin approves, sends, and the inbox has it', async () => {
    const env = await world();
    const job = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', {
      ...TO_EVERYONE,
      audience: { type: 'everyone' },
    });
    expect(job).toMatchObject({ audienceSize: 3, proposalId: expect.any(String) });
    expect(await jobStatus(env, job.jobId)).toBe('awaiting');
    expect(await t.code(env, STAFF.openid, 'runPushJob', { jobId: job.jobId })).toBe('NOTIFY.NOT_APPROVED');
    expect(await t.find(env, COLLECTIONS.messages, { kind: 'staff.push' })).toHaveLength(0);

    const mine = await accountData<ProposalView[]>(env, STAFF.openid, 'proposals');
    expect(mine).toEqual([expect.objectContaining({ id: job.proposalId, kind: 'push', mine: true })]);
    expect(await accountCode(env, STAFF.openid, 'decideProposal', { id: job.proposalId, decision: 'approve' })).toBe(
      'STAFF.SECOND_ADMIN_REQUIRED',
    );
    expect(await accountCode(env, ALICE.openid, 'decideProposal', { id: job.proposalId, decision: 'approve' })).toBe(
      'ACCOUNT.FORBIDDEN',
    );
    expect(await jobStatus(env, job.jobId)).toBe('awaiting');

    const theirs = await accountData<ProposalView[]>(env, BOB.openid, 'proposals');
    expect(theirs[0]).toMatchObject({
      kind: 'push',
      mine: false,
      push: { title: TO_EVERYONE.title, body: TO_EVERYONE.body, audienceSize: 3, announcement: false },
    });
    const decided = await accountData<DecideProposalOutput>(env, BOB.openid, 'decideProposal', {
      id: job.proposalId,
      decision: 'approve',
    });
    expect(decided).toEqual({ id: job.proposalId, status: 'approved', jobId: job.jobId });
    expect(await runToEnd(env, BOB.openid, job.jobId)).toMatchObject({ done: 3, failed: 0 });
    expect(await inboxTitles(env, ALICE.openid)).toContain(TO_EVERYONE.title);
    expect(await inboxTitles(env, STAFF.openid)).toContain('全员推送提议已获批准并生效');

    const audit = await t.find<{ action: string }>(env, COLLECTIONS.auditLog, { target: job.proposalId });
    expect(audit.map((e) => e.action)).toContain('proposal.push-proposed');
    const approved = await t.find<{ actor: string; details: Record<string, unknown> }>(env, 'audit_log', {
      action: 'push.job-approved',
      target: job.jobId,
    });
    expect(approved[0]?.details).toMatchObject({ proposal: job.proposalId });
  });

  it('an announcement shows on home only once approved; a rejected one never shows nor sends', async () => {
    const env = await world();
    const now = Date.now();
    const announce = (title: string) =>
      t.data<AnnouncementPublished>(env, STAFF.openid, 'publishAnnouncement', {
        type: 'maintenance',
        title,
        body: '周六 02:00 至 04:00 暂停网上办理。',
        startsAt: now + HOUR,
        endsAt: now + 3 * HOUR,
      });
    const kept = await announce('系统升级维护');
    const refused = await announce('另一次维护');
    const banner = async () =>
      (await t.data<AnnouncementsView>(env, ALICE.openid, 'announcements')).announcements.map((a) => a.title);
    expect(await banner()).toEqual([]);

    const listed = await accountData<ProposalView[]>(env, BOB.openid, 'proposals');
    expect(listed.map((p) => p.push?.announcement)).toEqual([true, true]);
    await accountData(env, BOB.openid, 'decideProposal', { id: kept.job.proposalId, decision: 'approve' });
    await accountData(env, BOB.openid, 'decideProposal', {
      id: refused.job.proposalId,
      decision: 'reject',
      reason: '与上一条重复',
    });
    expect(await banner()).toEqual(['系统升级维护']);
    expect(await t.code(env, STAFF.openid, 'runPushJob', { jobId: refused.job.jobId })).toBe('NOTIFY.NOT_APPROVED');
    expect(await jobStatus(env, refused.job.jobId)).toBe('withdrawn');
    const told = await t.find<{ body: string }>(env, COLLECTIONS.messages, { kind: 'staff.proposal' });
    expect(told.some((m) => m.body.includes('与上一条重复'))).toBe(true);
  });

  it('lapses after 24 hours unapproved; a push to one person needs no second admin', async () => {
    const env = await world();
    const job = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', {
      ...TO_EVERYONE,
      audience: { type: 'everyone' },
    });
    // Its 24 hours are over (moving the clock instead would end the admins' sessions too).
    await t
      .cloud()
      .sdk({ env })
      .database()
      .collection(COLLECTIONS.staffProposals)
      .doc(job.proposalId ?? '')
      .update({ data: { expiresAt: Date.now() - 1 } });
    expect(await accountCode(env, BOB.openid, 'decideProposal', { id: job.proposalId, decision: 'approve' })).toBe(
      'PROPOSAL.EXPIRED',
    );
    expect(await jobStatus(env, job.jobId)).toBe('withdrawn');
    expect(await t.code(env, BOB.openid, 'runPushJob', { jobId: job.jobId })).toBe('NOTIFY.NOT_APPROVED');
    expect(await inboxTitles(env, STAFF.openid)).toContain('全员推送提议超过24小时无人批准，已失效');

    const one = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', {
      ...TO_EVERYONE,
      audience: { type: 'person', accountName: ALICE.accountName },
    });
    expect(one.proposalId).toBeNull();
    expect(await runToEnd(env, STAFF.openid, one.jobId)).toMatchObject({ done: 1 });
  });
});
