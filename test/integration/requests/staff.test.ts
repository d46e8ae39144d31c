import type { Page, QueueItem, RequestSummary, StaffRequestView } from '../../../cloudfunctions/lib/contract/requests';
import { act, bring } from './drive';
import { ALICE, BOB, CAROL, ERIN, JPEG, STAFF, requestsCloud } from './requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();

describe('requests: staff processing (real SDK, local cloud)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [ALICE, BOB, STAFF, CAROL, ERIN]);
    await t.staffVerify(env, ALICE); // SOLE-TRADER-REG declares L2
  });

  it('two reviewers accepting at once: exactly one wins, the other gets a stable conflict code', async () => {
    for (let round = 0; round < 4; round += 1) {
      const r = await bring(t, env, 'submitted');
      const input = { requestId: r.id, expectedVersion: r.version };
      const [a, b] = await Promise.all([
        t.call<RequestSummary>(env, STAFF.openid, 'accept', input),
        t.call<RequestSummary>(env, CAROL.openid, 'accept', input),
      ]);
      const codes = [a, b].map((x) => (x.ok ? 'OK' : x.error.code)).sort();
      expect(codes).toEqual(['OK', 'REQUESTS.VERSION_CONFLICT']);
      const events = await t.find<{ action: string }>(env, COLLECTIONS.requestEvents, { requestId: r.id });
      expect(events.map((e) => e.action).sort()).toEqual(['accept', 'submit']);
      const [stored] = await t.find<{ version: number; status: string }>(env, COLLECTIONS.serviceRequests, {
        _id: r.id,
      });
      expect(stored).toMatchObject({ version: 2, status: 'accepted' });
    }
  });

  it('a stale version is refused even when the step itself would be legal', async () => {
    const r = await bring(t, env, 'accepted');
    expect(await t.requestsCode(env, STAFF.openid, 'approve', { requestId: r.id, expectedVersion: 1 })).toBe(
      'REQUESTS.VERSION_CONFLICT',
    );
  });

  it('staff read the queue but only reviewers act; people read neither', async () => {
    const r = await bring(t, env, 'submitted');
    expect(await t.requestsCode(env, ERIN.openid, 'queue', {})).toBe('OK');
    expect(await t.requestsCode(env, ERIN.openid, 'accept', { requestId: r.id, expectedVersion: 1 })).toBe(
      'ACCOUNT.FORBIDDEN',
    );
    expect(await t.requestsCode(env, BOB.openid, 'queue', {})).toBe('ACCOUNT.FORBIDDEN');
    expect(await t.requestsCode(env, BOB.openid, 'staffDetail', { requestId: r.id })).toBe('ACCOUNT.FORBIDDEN');
    expect(await t.requestsCode(env, BOB.openid, 'updateMatter', {})).toBe('ACCOUNT.FORBIDDEN');
  });

  it('each staff read of a request is audited; plain staff see the mobile masked, reviewers in full', async () => {
    const r = await bring(t, env, 'submitted');
    const asReviewer = await t.data<StaffRequestView>(env, STAFF.openid, 'staffDetail', { requestId: r.id });
    expect(asReviewer.applicant).toMatchObject({ accountName: ALICE.accountName, realName: ALICE.realName });
    expect(asReviewer.applicant.mobile.number).toBe(ALICE.mobile.number);
    expect(asReviewer.delivery.mobile.number).toBe(ALICE.mobile.number);
    expect(asReviewer.materials.every((m) => m.url?.startsWith('http'))).toBe(true);
    const asStaff = await t.data<StaffRequestView>(env, ERIN.openid, 'staffDetail', { requestId: r.id });
    expect(asStaff.applicant.mobile.number).toBe('66****56');
    expect(asStaff.delivery.mobile.number).toBe('66****56');

    const audit = await t.find<{ actor: string; action: string; details: Record<string, unknown> }>(
      env,
      COLLECTIONS.auditLog,
      {
        action: 'request.viewed',
        target: r.id,
      },
    );
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.details.mobile).sort()).toEqual(['full', 'masked']);
  });

  it('every staff step is audited and the first to act is assigned', async () => {
    const r = await bring(t, env, 'accepted');
    const [stored] = await t.find<{ assigneeName: string }>(env, COLLECTIONS.serviceRequests, { _id: r.id });
    expect(stored?.assigneeName).toBe(STAFF.accountName);
    const audit = await t.find<{ action: string }>(env, COLLECTIONS.auditLog, {
      target: r.id,
      action: 'request.accept',
    });
    expect(audit).toHaveLength(1);
  });

  it('assigns to oneself, and the queue shows what is assigned to the caller', async () => {
    const r = await bring(t, env, 'submitted');
    const assigned = await t.data<RequestSummary>(env, CAROL.openid, 'assign', {
      requestId: r.id,
      expectedVersion: r.version,
    });
    expect(assigned).toMatchObject({ status: 'submitted', version: 2 });
    const mine = await t.data<Page<QueueItem>>(env, CAROL.openid, 'queue', { assignedToMe: true, pageSize: 50 });
    expect(mine.items.map((i) => i.id)).toContain(r.id);
    expect(mine.items.every((i) => i.assigneeName === CAROL.accountName)).toBe(true);
    const closed = await bring(t, env, 'closed');
    expect(
      await t.requestsCode(env, CAROL.openid, 'assign', { requestId: closed.id, expectedVersion: closed.version }),
    ).toBe('REQUESTS.ILLEGAL_TRANSITION');
  });

  it('the queue filters by matter and status, oldest first, and pages without repeats', async () => {
    const archive = await t.soleTraderInput(env, BOB);
    const other = await t.submit(env, BOB, {
      ...archive,
      matterCode: 'ARCHIVE-COPY',
      form: { targetUscc: '91350100M000100Y43', scope: 'public', copies: 2 },
      materials: [archive.materials[0]!],
    });
    const byMatter = await t.data<Page<QueueItem>>(env, ERIN.openid, 'queue', { matterCode: 'ARCHIVE-COPY' });
    expect(byMatter.items.map((i) => i.id)).toEqual([other.id]);

    const seen: QueueItem[] = [];
    let cursor: string | undefined;
    do {
      const page: Page<QueueItem> = await t.data(env, ERIN.openid, 'queue', {
        status: 'submitted',
        pageSize: 2,
        cursor,
      });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const stored = await t.find<{ _id: string; status: string; sortKey: string }>(env, COLLECTIONS.serviceRequests, {
      status: 'submitted',
    });
    expect(seen.map((i) => i.id)).toEqual(stored.sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1)).map((s) => s._id));
    expect(seen.every((i) => i.status === 'submitted')).toBe(true);
    const open = await t.data<Page<QueueItem>>(env, ERIN.openid, 'queue', { pageSize: 50 });
    expect(open.items.every((i) => ['submitted', 'accepted', 'resubmitted', 'approved'].includes(i.status))).toBe(true);
    const waiting = await bring(t, env, 'supplement_requested');
    const needsSupplement = await t.data<Page<QueueItem>>(env, ERIN.openid, 'queue', {
      group: 'needsSupplement',
      pageSize: 50,
    });
    expect(needsSupplement.items.map((i) => i.id)).toContain(waiting.id);
    expect(needsSupplement.items.every((i) => i.status === 'supplement_requested')).toBe(true);
    const inProgress = await t.data<Page<QueueItem>>(env, ERIN.openid, 'queue', { group: 'inProgress', pageSize: 50 });
    expect(inProgress.items.map((i) => i.id)).toEqual(open.items.map((i) => i.id));
  });
  it('a supplement with a wrong file changes nothing; delivery by post records the tracking number', async () => {
    const r = await bring(t, env, 'supplement_requested');
    const feedback = await t.upload(env, ALICE, 'feedback', JPEG);
    const wrong = await t.call(env, ALICE.openid, 'resubmit', {
      requestId: r.id,
      expectedVersion: r.version,
      materials: [{ materialCode: 'premises-proof', uploadId: feedback }],
    });
    expect(wrong.ok || wrong.error.code).toBe('REQUESTS.UPLOAD_PURPOSE_MISMATCH');
    const [unchanged] = await t.find<{ status: string; version: number }>(env, COLLECTIONS.serviceRequests, {
      _id: r.id,
    });
    expect(unchanged).toMatchObject({ status: 'supplement_requested', version: r.version });

    let approved = await bring(t, env, 'approved');
    const delivered = await t.data<RequestSummary>(env, STAFF.openid, 'deliver', {
      requestId: approved.id,
      expectedVersion: approved.version,
      trackingNumber: 'SF1234567890',
    });
    expect(delivered.status).toBe('delivered');
    const view = await t.data<StaffRequestView>(env, ERIN.openid, 'staffDetail', { requestId: approved.id });
    expect(view.delivery.trackingNumber).toBe('SF1234567890');
    expect(Object.values(view.actors)).toEqual([STAFF.accountName, STAFF.accountName, STAFF.accountName]);
    approved = delivered;
    expect((await act(t, env, 'close', approved)).ok).toBe(true);
  });
});
