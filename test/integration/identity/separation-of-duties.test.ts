/**
 * Issue 15 finding 3, every path: no staff member acts on a matter of their own or of an
 * enterprise they act for — service requests, agent grants (decide and revoke), feedback, reports
 * and account status — and the staff queues do not offer such matters (real SDK, local cloud).
 */
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '../../../cloudfunctions/lib/contract/shanghai-date';
import type { AgentGrantView, EnterpriseView } from '../../../cloudfunctions/lib/contract/enterprise';
import type { FeedbackQueueOutput } from '../../../cloudfunctions/lib/contract/feedback-handling';
import type { ReportQueueOutput } from '../../../cloudfunctions/lib/contract/reports';
import type {
  Page,
  QueueItem,
  RequestSummary,
  SubmitRequestInput,
} from '../../../cloudfunctions/lib/contract/requests';
import { codeOf, functionCalls } from '../../support/call-as';
import { ACME_USCC, ALICE, BOB, CAROL, DAVE, PDF, STAFF, requestsCloud } from '../requests/requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();
const DAY = 86_400_000;
const { call: feedback } = functionCalls(() => t.cloud(), 'feedback');

describe('separation of duties (issue 15 finding 3)', () => {
  let env: string;
  let acme: EnterpriseView;

  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [ALICE, BOB, DAVE, STAFF, CAROL]);
    acme = await t.data<EnterpriseView>(env, BOB.openid, 'registerEnterprise', {
      uscc: ACME_USCC,
      name: '琴澳科技有限公司',
      legalRepresentative: { name: DAVE.realName, document: DAVE.document },
    });
  });

  const queueIds = async (openid: string) =>
    (await t.data<Page<QueueItem>>(env, openid, 'queue', { pageSize: 50 })).items.map((i) => i.id);

  async function askGrant(person: typeof BOB): Promise<AgentGrantView> {
    return t.data<AgentGrantView>(env, person.openid, 'requestGrant', {
      enterpriseId: acme.id,
      matterCodes: ['GOOD-STANDING'],
      validFrom: shanghaiDate(Date.now()),
      validUntil: shanghaiDate(Date.now() + 90 * DAY),
      authorisationUploadId: await t.upload(env, person, 'authorisation', PDF),
    });
  }

  it("a reviewer's own request is not in their queue and they cannot act on it; a colleague can", async () => {
    const own = await t.submit(env, STAFF, await t.soleTraderInput(env, STAFF));
    expect(await queueIds(STAFF.openid)).not.toContain(own.id);
    expect(await queueIds(CAROL.openid)).toContain(own.id);
    const ref = { requestId: own.id, expectedVersion: 1 };
    for (const [action, input] of [
      ['assign', ref],
      ['accept', ref],
      ['reject', { ...ref, comment: '材料不全' }],
    ] as const)
      expect(await t.requestsCode(env, STAFF.openid, action, input)).toBe('STAFF.OWN_MATTER');
    const accepted = await t.data<RequestSummary>(env, CAROL.openid, 'accept', {
      requestId: own.id,
      expectedVersion: 1,
    });
    expect(accepted.status).toBe('accepted');
  });

  it("a reviewer cannot decide their own agent grant for someone else's enterprise, nor see it in the queue", async () => {
    const grant = await askGrant(STAFF);
    const pending = await t.data<Page<AgentGrantView>>(env, STAFF.openid, 'grantQueue', {});
    expect(pending.items.map((g) => g.id)).not.toContain(grant.id);
    expect(
      await t.requestsCode(env, STAFF.openid, 'decideGrant', { grantId: grant.id, decision: 'approve', comment: '' }),
    ).toBe('STAFF.OWN_MATTER');
    const [stored] = await t.find<{ status: string }>(env, COLLECTIONS.agentGrants, { _id: grant.id });
    expect(stored?.status).toBe('pending');
    await t.data(env, CAROL.openid, 'decideGrant', { grantId: grant.id, decision: 'approve', comment: '' });
  });

  it("an enterprise's request is not offered to a reviewer who acts for it, and they cannot revoke its grants", async () => {
    const bobs = await askGrant(BOB);
    await t.data(env, CAROL.openid, 'decideGrant', { grantId: bobs.id, decision: 'approve', comment: '' });
    const input: SubmitRequestInput = {
      clientRequestId: randomUUID(),
      matterCode: 'GOOD-STANDING',
      asEnterpriseId: acme.id,
      form: { purpose: 'macao-gov', copies: 1 },
      materials: [{ materialCode: 'request-letter', uploadId: await t.upload(env, BOB, 'material', PDF) }],
      delivery: { method: 'pickup', contact: BOB.realName, mobile: BOB.mobile },
    };
    const r = await t.submit(env, BOB, input);
    expect(await queueIds(STAFF.openid)).not.toContain(r.id);
    expect(await queueIds(CAROL.openid)).toContain(r.id);
    expect(await t.requestsCode(env, STAFF.openid, 'accept', { requestId: r.id, expectedVersion: 1 })).toBe(
      'STAFF.OWN_MATTER',
    );
    expect(await t.requestsCode(env, STAFF.openid, 'revokeGrant', { grantId: bobs.id, reason: '代为撤销' })).toBe(
      'STAFF.OWN_MATTER',
    );
    const [stored] = await t.find<{ status: string }>(env, COLLECTIONS.agentGrants, { _id: bobs.id });
    expect(stored?.status).toBe('approved');
    expect(await t.requestsCode(env, CAROL.openid, 'revokeGrant', { grantId: bobs.id, reason: '企业要求撤销' })).toBe(
      'OK',
    );
  });

  it('a staff member does not see, take, answer or close their own feedback, nor hand it to its author', async () => {
    const mine = await feedback<{ id: string }>(env, STAFF.openid, 'submit', {
      category: 'complaint',
      text: '窗口排队太久',
    });
    if (!mine.ok) throw new Error(mine.error.code);
    const { id } = mine.data;
    const queue = await feedback<FeedbackQueueOutput>(env, STAFF.openid, 'queue');
    expect(queue.ok && queue.data.items.map((i) => i.id)).not.toContain(id);
    expect(codeOf(await feedback(env, STAFF.openid, 'assign', { id }))).toBe('STAFF.OWN_MATTER');
    const [staffAccount] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: STAFF.accountName });
    expect(codeOf(await feedback(env, CAROL.openid, 'assign', { id, assigneeId: staffAccount?._id }))).toBe(
      'STAFF.OWN_MATTER',
    );
    expect(codeOf(await feedback(env, CAROL.openid, 'assign', { id }))).toBe('OK');
    expect(codeOf(await feedback(env, STAFF.openid, 'reply', { id, text: '已处理' }))).toBe('STAFF.OWN_MATTER');
  });

  it('a staff member does not decide a report against themselves', async () => {
    const filed = await feedback<{ id: string }>(env, ALICE.openid, 'report', {
      kind: 'account',
      target: STAFF.accountName,
      reason: 'harassment',
      text: '工作人员态度恶劣',
    });
    if (!filed.ok) throw new Error(filed.error.code);
    const queue = await feedback<ReportQueueOutput>(env, STAFF.openid, 'reportQueue');
    expect(queue.ok && queue.data.items.map((i) => i.id)).not.toContain(filed.data.id);
    expect(
      codeOf(
        await feedback(env, STAFF.openid, 'decideReport', { id: filed.data.id, outcome: 'dismiss', note: '不成立' }),
      ),
    ).toBe('STAFF.OWN_MATTER');
    const [stored] = await t.find<{ status: string }>(env, COLLECTIONS.reports, { _id: filed.data.id });
    expect(stored?.status).toBe('open');
  });

  it('a staff member does not set their own account status', async () => {
    const input = { accountName: STAFF.accountName, state: 'active', reason: '自行恢复' };
    expect(await t.code(env, STAFF.openid, 'setStatus', input)).toBe('STAFF.OWN_MATTER');
    expect(await t.code(env, CAROL.openid, 'setStatus', input)).toBe('OK');
  });
});
