import {
  STORED_REQUEST_STATUSES,
  TRANSITIONS,
  TRANSITION_ACTIONS,
  type RequestSummary,
  type RequestView,
  type StoredRequestStatus,
} from '../../../cloudfunctions/lib/contract/requests';
import { act, bring } from './drive';
import { ALICE, PDF, STAFF, requestsCloud } from './requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();

describe('requests: the lifecycle as one transition table (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [ALICE, STAFF]);
    await t.staffVerify(env, ALICE); // SOLE-TRADER-REG declares L2
  });

  it('walks submit → accept → supplement → resubmit → approve (with result) → deliver → close', async () => {
    let r = await t.submit(env, ALICE, await t.soleTraderInput(env, ALICE));
    expect(r).toMatchObject({ status: 'submitted', version: 1, matterCode: 'SOLE-TRADER-REG', promisedDate: null });
    expect(r.number).toMatch(/^QYB-\d{8}-[2-9A-Z]{6}$/);

    const accepted = await act(t, env, 'accept', r);
    expect(accepted.ok).toBe(true);
    if (accepted.ok) r = accepted.data;
    expect(r.status).toBe('accepted');
    expect(r.promisedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.promisedDate! > new Date().toISOString().slice(0, 10)).toBe(true);

    for (const action of ['requestSupplement', 'resubmit'] as const) {
      const step = await act(t, env, action, r);
      expect(step.ok).toBe(true);
      if (step.ok) r = step.data;
    }
    expect(r).toMatchObject({ status: 'resubmitted', version: 4 });

    const result = await t.upload(env, STAFF, 'result', PDF, 'pdf', '准予登记通知书.pdf');
    const approved = await t.call<RequestSummary>(env, STAFF.openid, 'approve', {
      requestId: r.id,
      expectedVersion: r.version,
      comment: '准予登记',
      resultUploadId: result,
    });
    expect(approved).toMatchObject({ ok: true, data: { status: 'approved', version: 5 } });
    r = (approved as { data: RequestSummary }).data;
    for (const action of ['deliver', 'close'] as const) {
      const step = await act(t, env, action, r);
      expect(step.ok).toBe(true);
      if (step.ok) r = step.data;
    }

    const view = await t.data<RequestView>(env, ALICE.openid, 'detail', { requestId: r.id });
    expect(view).toMatchObject({ status: 'closed', version: 7, form: { shopName: '琴澳小食店', capital: 5.5 } });
    expect(view.timeline.map((e) => [e.action, e.from, e.to, e.by])).toEqual([
      ['submit', 'draft', 'submitted', 'applicant'],
      ['accept', 'submitted', 'accepted', 'staff'],
      ['requestSupplement', 'accepted', 'supplement_requested', 'staff'],
      ['resubmit', 'supplement_requested', 'resubmitted', 'applicant'],
      ['approve', 'resubmitted', 'approved', 'staff'],
      ['deliver', 'approved', 'delivered', 'staff'],
      ['close', 'delivered', 'closed', 'staff'],
    ]);
    expect(view.timeline[2]?.comment).toBe('请补充经营场所租赁合同');
    expect(view.supplementRequest).toMatchObject({
      comment: '请补充经营场所租赁合同',
      materialCodes: ['premises-proof'],
    });
    expect(view.materials.map((m) => [m.materialCode, m.round])).toEqual([
      ['identity', 0],
      ['premises-proof', 0],
      ['premises-proof', 1],
    ]);
    expect(view.materials.every((m) => m.url?.startsWith('http'))).toBe(true);
    expect(view.result?.name).toBe('准予登记通知书.pdf');
    const download = await fetch(view.result?.url ?? '');
    expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), PDF)).toBe(0);
    expect(view.delivery).toMatchObject({ method: 'post', mobile: { countryCode: '+853', number: '66****56' } });

    const notices = await t.find<{ kind: string; page: string; fields: Record<string, string> }>(
      env,
      COLLECTIONS.messages,
      {
        kind: 'request.status',
        page: `/packages/services/pages/request/index?id=${r.id}`,
      },
    );
    expect(notices).toHaveLength(7);
    expect(
      notices.every(
        (n) =>
          n.fields.matter === '个体工商户设立登记' &&
          n.fields.number === r.number &&
          /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(n.fields.time ?? ''),
      ),
    ).toBe(true);
  });

  it('lets the applicant withdraw before acceptance, and not after', async () => {
    const r = await bring(t, env, 'submitted');
    const withdrawn = await act(t, env, 'withdraw', r);
    expect(withdrawn).toMatchObject({ ok: true, data: { status: 'withdrawn', version: 2 } });
    const accepted = await bring(t, env, 'accepted');
    expect(await act(t, env, 'withdraw', accepted)).toMatchObject({
      ok: false,
      error: { code: 'REQUESTS.ILLEGAL_TRANSITION' },
    });
  });

  describe('every action not in the table is refused from every status, and changes nothing', () => {
    const statuses = STORED_REQUEST_STATUSES as StoredRequestStatus[];
    it.each(statuses)('from %s', async (status) => {
      const r = await bring(t, env, status);
      const illegal = TRANSITION_ACTIONS.filter((a) => a !== 'submit' && !TRANSITIONS[a].from.includes(status));
      const codes: Record<string, string> = {};
      for (const action of illegal) {
        const result = await act(t, env, action, r);
        codes[action] = result.ok ? `OK → ${result.data.status}` : result.error.code;
      }
      expect(codes).toEqual(Object.fromEntries(illegal.map((a) => [a, 'REQUESTS.ILLEGAL_TRANSITION'])));
      const after = await t.data<RequestView>(env, ALICE.openid, 'detail', { requestId: r.id });
      expect(after).toMatchObject({ status, version: r.version });
      expect(after.timeline).toHaveLength(r.version);
    });
  });

  it('refuses an action taken by the wrong side of the table', async () => {
    const r = await bring(t, env, 'submitted');
    // A staff member is not the applicant: the request is not theirs to withdraw.
    expect(await t.requestsCode(env, STAFF.openid, 'withdraw', { requestId: r.id, expectedVersion: 1 })).toBe(
      'REQUESTS.NOT_FOUND',
    );
    // The applicant has no reviewer role.
    expect(await t.requestsCode(env, ALICE.openid, 'accept', { requestId: r.id, expectedVersion: 1 })).toBe(
      'ACCOUNT.FORBIDDEN',
    );
  });
});
