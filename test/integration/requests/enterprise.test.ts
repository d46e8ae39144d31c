import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '../../../cloudfunctions/lib/contract/shanghai-date';
import type { AgentGrantView, EnterpriseView, StaffGrantView } from '../../../cloudfunctions/lib/contract/enterprise';
import type {
  EnterpriseRef,
  Page,
  RequestSummary,
  RequestView,
  SubmitRequestInput,
} from '../../../cloudfunctions/lib/contract/requests';
import { ACME_USCC, ALICE, BOB, DAVE, OTHER_USCC, PDF, STAFF, requestsCloud } from './requests-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';

const t = requestsCloud();
const DAY = 86_400_000;
const today = () => shanghaiDate(Date.now());
const inDays = (n: number) => shanghaiDate(Date.now() + n * DAY);

describe('requests: enterprises and their agents (real SDK, local cloud)', () => {
  let env: string;
  let acme: EnterpriseView;
  let other: EnterpriseView;
  let grant: AgentGrantView;

  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [ALICE, BOB, DAVE, STAFF]);
  });

  async function goodStanding(person = BOB, asEnterpriseId?: string, matterCode = 'GOOD-STANDING') {
    const letter = await t.upload(env, person, 'material', PDF);
    const input: SubmitRequestInput = {
      clientRequestId: randomUUID(),
      matterCode,
      ...(asEnterpriseId ? { asEnterpriseId } : {}),
      form: { purpose: 'macao-gov', copies: 2 },
      materials: [{ materialCode: 'request-letter', uploadId: letter }],
      delivery: { method: 'pickup', contact: person.realName, mobile: person.mobile },
    };
    return t.call<RequestSummary>(env, person.openid, 'submit', input);
  }

  async function askGrant(person: typeof BOB, enterpriseId: string, overrides: Record<string, unknown> = {}) {
    return t.call<AgentGrantView>(env, person.openid, 'requestGrant', {
      enterpriseId,
      matterCodes: ['GOOD-STANDING', 'ANNUAL-REPORT-FIX', 'BIZ-CHANGE'],
      validFrom: today(),
      validUntil: inDays(180),
      authorisationUploadId: await t.upload(env, person, 'authorisation', PDF),
      ...overrides,
    });
  }

  it('registers an enterprise by a checked credit code; the legal representative is sealed and masked', async () => {
    const legalRepresentative = { name: DAVE.realName, document: DAVE.document };
    const bad = ACME_USCC.slice(0, 17) + (ACME_USCC[17] === '0' ? '1' : '0');
    expect(
      await t.requestsCode(env, BOB.openid, 'registerEnterprise', {
        uscc: bad,
        name: '琴澳科技有限公司',
        legalRepresentative,
      }),
    ).toBe('ENTERPRISE.USCC_INVALID');
    acme = await t.data<EnterpriseView>(env, BOB.openid, 'registerEnterprise', {
      uscc: ACME_USCC.toLowerCase(),
      name: '琴澳科技有限公司',
      legalRepresentative,
    });
    expect(acme).toMatchObject({
      uscc: ACME_USCC,
      isLegalRepresentative: false,
      legalRepresentative: { name: '**人', documentType: 'travel-permit', documentNumber: 'M********01' },
    });
    expect(
      await t.requestsCode(env, STAFF.openid, 'registerEnterprise', {
        uscc: ACME_USCC,
        name: '冒名公司',
        legalRepresentative,
      }),
    ).toBe('ENTERPRISE.ALREADY_REGISTERED');
    const [stored] = await t.find(env, COLLECTIONS.enterprises, { uscc: ACME_USCC });
    expect(JSON.stringify(stored)).not.toContain(DAVE.document.number);
    expect(JSON.stringify(stored)).not.toContain(DAVE.realName);

    const davesView = await t.data<EnterpriseView[]>(env, DAVE.openid, 'myEnterprises');
    expect(davesView.map((e) => [e.uscc, e.isLegalRepresentative])).toEqual([[ACME_USCC, true]]);
    expect(await t.data<EnterpriseRef>(env, ALICE.openid, 'findEnterprise', { uscc: ACME_USCC })).toEqual({
      id: acme.id,
      name: '琴澳科技有限公司',
      uscc: ACME_USCC,
    });
    // ALICE (a residence permit, L1) cannot register; BOB (face-verified) registers her enterprise.
    expect(
      await t.requestsCode(env, ALICE.openid, 'registerEnterprise', {
        uscc: OTHER_USCC,
        name: '横琴另一家贸易有限公司',
        legalRepresentative: { name: ALICE.realName, document: ALICE.document },
      }),
    ).toBe('IDENTITY.LEVEL_REQUIRED');
    other = await t.data<EnterpriseView>(env, BOB.openid, 'registerEnterprise', {
      uscc: OTHER_USCC,
      name: '横琴另一家贸易有限公司',
      legalRepresentative: { name: ALICE.realName, document: ALICE.document },
    });
  });

  it('refuses grant requests with a bad period, a person-only matter, or twice while pending', async () => {
    const past = await askGrant(BOB, acme.id, { validFrom: inDays(-1) });
    expect(past.ok || past.error.code).toBe('ENTERPRISE.GRANT_PERIOD_INVALID');
    expect(await t.requestsCode(env, BOB.openid, 'requestGrant', { enterpriseId: acme.id })).toBe(
      'REQUEST.INVALID_INPUT',
    );
    const tooLong = await askGrant(BOB, acme.id, { validUntil: inDays(400) });
    expect(tooLong.ok || tooLong.error.code).toBe('ENTERPRISE.GRANT_PERIOD_INVALID');
    const reversed = await askGrant(BOB, acme.id, { validFrom: inDays(10), validUntil: inDays(5) });
    expect(reversed.ok || reversed.error.code).toBe('ENTERPRISE.GRANT_PERIOD_INVALID');
    const person = await askGrant(BOB, acme.id, { matterCodes: ['SOLE-TRADER-REG'] });
    expect(person.ok || person.error.code).toBe('REQUESTS.APPLICANT_NOT_ALLOWED');
    const photoAsProof = await askGrant(BOB, acme.id, {
      authorisationUploadId: await t.upload(env, BOB, 'material', PDF),
    });
    expect(photoAsProof.ok || photoAsProof.error.code).toBe('REQUESTS.UPLOAD_PURPOSE_MISMATCH');

    const asked = await askGrant(BOB, acme.id);
    expect(asked).toMatchObject({ ok: true, data: { status: 'pending', current: false, agentName: '**明' } });
    if (asked.ok) grant = asked.data;
    const again = await askGrant(BOB, acme.id);
    expect(again.ok || again.error.code).toBe('ENTERPRISE.GRANT_DUPLICATE');
  });

  it('an agent without an approved grant is refused', async () => {
    const r = await goodStanding(BOB, acme.id);
    expect(r.ok || r.error.code).toBe('ENTERPRISE.GRANT_REQUIRED');
  });

  it('a reviewer sees the queue, opens the authorisation (audited) and approves; the agent is told', async () => {
    expect(
      await t.requestsCode(env, ALICE.openid, 'decideGrant', { grantId: grant.id, decision: 'approve', comment: '' }),
    ).toBe('ACCOUNT.FORBIDDEN');
    const queue = await t.data<Page<AgentGrantView>>(env, STAFF.openid, 'grantQueue', {});
    expect(queue.items.map((g) => g.id)).toEqual([grant.id]);
    const detail = await t.data<StaffGrantView>(env, STAFF.openid, 'grantDetail', { grantId: grant.id });
    expect(detail.agent).toEqual({ accountName: BOB.accountName, realName: BOB.realName });
    const file = await fetch(detail.authorisation.url ?? '');
    expect(Buffer.compare(Buffer.from(await file.arrayBuffer()), PDF)).toBe(0);
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'grant.viewed', target: grant.id })).toHaveLength(1);

    const approved = await t.data<AgentGrantView>(env, STAFF.openid, 'decideGrant', {
      grantId: grant.id,
      decision: 'approve',
      comment: '授权委托书核验无误',
    });
    expect(approved).toMatchObject({ status: 'approved', current: true });
    expect(
      await t.requestsCode(env, STAFF.openid, 'decideGrant', { grantId: grant.id, decision: 'refuse', comment: '' }),
    ).toBe('ENTERPRISE.GRANT_NOT_PENDING');
    const [bob] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: BOB.accountName });
    expect(await t.find(env, COLLECTIONS.messages, { accountId: bob?._id, kind: 'agent.grant' })).toHaveLength(1);
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'grant.approved', target: grant.id })).toHaveLength(1);
  });

  it('the agent applies explicitly as the enterprise, and that is recorded', async () => {
    const r = await goodStanding(BOB, acme.id);
    expect(r).toMatchObject({
      ok: true,
      data: { asEnterprise: { id: acme.id, name: '琴澳科技有限公司', uscc: ACME_USCC } },
    });
    const view = await t.data<RequestView>(env, BOB.openid, 'detail', { requestId: r.ok ? r.data.id : '' });
    expect(view.applicantKind).toBe('agent');
    expect(view.timeline[0]?.comment).toBe(`以琴澳科技有限公司（${ACME_USCC}）经办人身份申请`);
    const [stored] = await t.find(env, COLLECTIONS.serviceRequests, { _id: view.id });
    expect(stored).toMatchObject({ applicantKind: 'agent', enterpriseId: acme.id, grantId: grant.id });
  });

  it('refuses an agent for a matter outside the grant, for another enterprise, and a person without a grant', async () => {
    const seal = await t.call(env, BOB.openid, 'submit', {
      clientRequestId: randomUUID(),
      matterCode: 'SEAL-FILING',
      asEnterpriseId: acme.id,
      form: { sealType: 'official', sealMaker: '珠海市某刻章厂' },
      materials: [],
      delivery: { method: 'pickup', contact: BOB.realName, mobile: BOB.mobile },
    });
    expect(seal.ok || seal.error.code).toBe('ENTERPRISE.GRANT_REQUIRED');
    const otherEnterprise = await goodStanding(BOB, other.id);
    expect(otherEnterprise.ok || otherEnterprise.error.code).toBe('ENTERPRISE.GRANT_REQUIRED');
    // ALICE (L1) is stopped before the grant check: acting for an enterprise needs L2 first.
    const alice = await goodStanding(ALICE, acme.id);
    expect(alice.ok || alice.error.code).toBe('IDENTITY.LEVEL_REQUIRED');
    const asPerson = await goodStanding(BOB);
    expect(asPerson.ok || asPerson.error.code).toBe('REQUESTS.APPLICANT_NOT_ALLOWED');
  });

  it('refuses an agent whose grant has expired', async () => {
    await t
      .db(env)
      .collection(COLLECTIONS.agentGrants)
      .doc(grant.id)
      .update({ data: { validFrom: inDays(-30), validUntil: inDays(-1) } });
    const expired = await goodStanding(BOB, acme.id);
    expect(expired.ok || expired.error.code).toBe('ENTERPRISE.GRANT_EXPIRED');
    await t
      .db(env)
      .collection(COLLECTIONS.agentGrants)
      .doc(grant.id)
      .update({ data: { validFrom: inDays(1), validUntil: inDays(30) } });
    const notYet = await goodStanding(BOB, acme.id);
    expect(notYet.ok || notYet.error.code).toBe('ENTERPRISE.GRANT_EXPIRED');
    await t
      .db(env)
      .collection(COLLECTIONS.agentGrants)
      .doc(grant.id)
      .update({ data: { validFrom: today(), validUntil: inDays(180) } });
    expect((await goodStanding(BOB, acme.id)).ok).toBe(true);
  });

  it('does not offer postal delivery where the matter does not', async () => {
    const r = await t.call(env, BOB.openid, 'submit', {
      clientRequestId: randomUUID(),
      matterCode: 'ANNUAL-REPORT-FIX',
      asEnterpriseId: acme.id,
      form: { reportYear: 2025, correction: '从业人数填报有误，应为12人' },
      materials: [{ materialCode: 'statement', uploadId: await t.upload(env, BOB, 'material', PDF) }],
      delivery: {
        method: 'post',
        contact: BOB.realName,
        mobile: BOB.mobile,
        region: { id: 'hengqin', name: '横琴粤澳深度合作区' },
        address: '横琴新区环岛东路3000号',
      },
    });
    expect(r.ok || r.error.code).toBe('REQUESTS.DELIVERY_NOT_OFFERED');
  });

  it('only the legal representative or staff revoke; the agent cannot, others are told it does not exist', async () => {
    expect(await t.requestsCode(env, BOB.openid, 'revokeGrant', { grantId: grant.id, reason: '不想做了' })).toBe(
      'ENTERPRISE.NOT_LEGAL_REPRESENTATIVE',
    );
    expect(await t.requestsCode(env, ALICE.openid, 'revokeGrant', { grantId: grant.id, reason: '恶意撤销' })).toBe(
      'ENTERPRISE.GRANT_NOT_FOUND',
    );
    expect(await t.requestsCode(env, BOB.openid, 'enterpriseGrants', { enterpriseId: acme.id })).toBe(
      'ENTERPRISE.NOT_LEGAL_REPRESENTATIVE',
    );
    const listed = await t.data<AgentGrantView[]>(env, DAVE.openid, 'enterpriseGrants', { enterpriseId: acme.id });
    expect(listed.map((g) => [g.id, g.agentName])).toEqual([[grant.id, '**明']]);

    const revoked = await t.data<AgentGrantView>(env, DAVE.openid, 'revokeGrant', {
      grantId: grant.id,
      reason: '员工离职',
    });
    expect(revoked).toMatchObject({ status: 'revoked', revokedBy: 'legal-representative', current: false });
    const after = await goodStanding(BOB, acme.id);
    expect(after.ok || after.error.code).toBe('ENTERPRISE.GRANT_REQUIRED');
    expect(await t.requestsCode(env, DAVE.openid, 'revokeGrant', { grantId: grant.id, reason: '再次撤销' })).toBe(
      'ENTERPRISE.GRANT_NOT_ACTIVE',
    );

    const second = await askGrant(BOB, other.id);
    const secondId = second.ok ? second.data.id : '';
    await t.data(env, STAFF.openid, 'decideGrant', { grantId: secondId, decision: 'approve', comment: '' });
    const byStaff = await t.data<AgentGrantView>(env, STAFF.openid, 'revokeGrant', {
      grantId: secondId,
      reason: '企业申请撤销',
    });
    expect(byStaff.revokedBy).toBe('staff');
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'grant.revoked', target: secondId })).toHaveLength(1);
    const mine = await t.data<AgentGrantView[]>(env, BOB.openid, 'myGrants');
    expect(mine.map((g) => g.status).sort()).toEqual(['revoked', 'revoked']);
  });
});
