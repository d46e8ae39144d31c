/**
 * Issue 15 finding 1: anyone could register an enterprise naming their own document as its legal
 * representative, then list and revoke the real agents' grants. Now the registry check refuses
 * such a registration; one stored before the check is unverified and manages nothing until the
 * registry-confirmed legal representative takes it over (real SDK, local cloud, the registry's
 * local stand-in with its seeded enterprises).
 */
import { randomUUID } from 'node:crypto';
import { sensitiveFields } from '../../../cloudfunctions/lib/account/sensitive-fields';
import type { AgentGrantView, EnterpriseView } from '../../../cloudfunctions/lib/contract/enterprise';
import { shanghaiDate } from '../../../cloudfunctions/lib/contract/shanghai-date';
import { createFieldCipher } from '../../../cloudfunctions/lib/crypto/field-cipher';
import { loadCryptoKeys } from '../../../cloudfunctions/lib/crypto/keys';
import type { EnterpriseRecord } from '../../../cloudfunctions/lib/enterprise/enterprise.record';
import { enterpriseSeal } from '../../../cloudfunctions/lib/enterprise/enterprise-view';
import type { Person } from '../account/account-cloud';
import { ALICE, BOB, PDF, STAFF, requestsCloud, usccFrom } from '../requests/requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();
/** Seeded in the local registry stand-in with FRANK as its legal representative. */
const BRIDGE_USCC = usccFrom('91440400MA5QQQQQ1');

const MALLORY: Person = {
  openid: 'oMallory0001',
  accountName: 'mallory_squat',
  password: 'Squat-Here-777',
  realName: '马冒名',
  mobile: { countryCode: '+86', number: '13612345678' },
  document: { type: 'resident-id', number: '440402199203155676' },
};
const FRANK: Person = {
  openid: 'oFrank000001',
  accountName: 'frank_legal',
  password: 'Real-Legal-Rep-9',
  realName: '傅法人',
  mobile: { countryCode: '+86', number: '13512345678' },
  document: { type: 'resident-id', number: '440304198801011237' },
};

/** A registration as the code before the registry check stored it: no verification fields. */
async function storeLegacySquat(env: string, registeredBy: string): Promise<string> {
  const keys = loadCryptoKeys(process.env);
  const cipher = createFieldCipher(keys);
  const id = randomUUID().replace(/-/g, '');
  const sealed = enterpriseSeal(cipher, id);
  const legacy: Omit<EnterpriseRecord, '_id'> = {
    uscc: BRIDGE_USCC,
    name: '粤澳桥咨询有限公司',
    legalRepName: sealed.seal('legalRepName', MALLORY.realName),
    legalRepDocumentType: 'resident-id',
    legalRepDocumentNumber: sealed.seal('legalRepDocumentNumber', MALLORY.document.number),
    legalRepDocumentIndex: sensitiveFields(cipher, keys.indexKey).documentIndex('resident-id', MALLORY.document.number),
    registeredBy,
    registeredAt: Date.now(),
  };
  await t.db(env).collection(COLLECTIONS.enterprises).doc(id).set({ data: legacy });
  return id;
}

describe('a squatted enterprise (finding 1)', () => {
  let env: string;
  let malloryId: string;

  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [ALICE, BOB, STAFF, MALLORY, FRANK]);
    for (const p of [BOB, MALLORY, FRANK]) await t.faceVerify(env, p);
    const [mallory] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: MALLORY.accountName });
    malloryId = mallory?._id ?? '';
  });

  it('refuses a registration whose legal representative the registry contradicts', async () => {
    const code = await t.requestsCode(env, MALLORY.openid, 'registerEnterprise', {
      uscc: BRIDGE_USCC,
      name: '粤澳桥咨询有限公司',
      legalRepresentative: { name: MALLORY.realName, document: MALLORY.document },
    });
    expect(code).toBe('ENTERPRISE.REGISTRY_MISMATCH');
    expect(await t.find(env, COLLECTIONS.enterprises, { uscc: BRIDGE_USCC })).toHaveLength(0);
  });

  it('a registration stored before the check manages no grants; the real legal representative takes it over', async () => {
    const enterpriseId = await storeLegacySquat(env, malloryId);
    const asked = await t.data<AgentGrantView>(env, BOB.openid, 'requestGrant', {
      enterpriseId,
      matterCodes: ['GOOD-STANDING'],
      validFrom: shanghaiDate(Date.now()),
      validUntil: shanghaiDate(Date.now() + 90 * 86_400_000),
      authorisationUploadId: await t.upload(env, BOB, 'authorisation', PDF),
    });
    await t.data(env, STAFF.openid, 'decideGrant', { grantId: asked.id, decision: 'approve', comment: '' });

    expect(await t.requestsCode(env, MALLORY.openid, 'enterpriseGrants', { enterpriseId })).toBe(
      'ENTERPRISE.NOT_LEGAL_REPRESENTATIVE',
    );
    expect(await t.requestsCode(env, MALLORY.openid, 'revokeGrant', { grantId: asked.id, reason: '恶意撤销' })).toBe(
      'ENTERPRISE.GRANT_NOT_FOUND',
    );
    const [mine] = await t.data<EnterpriseView[]>(env, MALLORY.openid, 'myEnterprises');
    expect(mine).toMatchObject({ uscc: BRIDGE_USCC, verified: false, isLegalRepresentative: false });

    const registering = (p: Person) =>
      t.requestsCode(env, p.openid, 'registerEnterprise', {
        uscc: BRIDGE_USCC,
        name: '粤澳桥咨询有限公司',
        legalRepresentative: { name: p.realName, document: p.document },
      });
    // Only the person the registry names is offered the takeover; anyone else is told it is taken.
    expect(await registering(BOB)).toBe('ENTERPRISE.ALREADY_REGISTERED');
    expect(await registering(FRANK)).toBe('ENTERPRISE.TAKEOVER_AVAILABLE');

    expect(await t.requestsCode(env, ALICE.openid, 'takeOverEnterprise', { uscc: BRIDGE_USCC })).toBe(
      'IDENTITY.LEVEL_REQUIRED',
    );
    expect(await t.requestsCode(env, BOB.openid, 'takeOverEnterprise', { uscc: BRIDGE_USCC })).toBe(
      'ENTERPRISE.TAKEOVER_UNCONFIRMED',
    );
    const taken = await t.data<EnterpriseView>(env, FRANK.openid, 'takeOverEnterprise', { uscc: BRIDGE_USCC });
    expect(taken).toMatchObject({ id: enterpriseId, verified: true, isLegalRepresentative: true });
    expect(taken.legalRepresentative.name).toBe('**人');

    const listed = await t.data<AgentGrantView[]>(env, FRANK.openid, 'enterpriseGrants', { enterpriseId });
    expect(listed.map((g) => [g.id, g.status])).toEqual([[asked.id, 'approved']]);
    expect(await t.requestsCode(env, MALLORY.openid, 'enterpriseGrants', { enterpriseId })).toBe(
      'ENTERPRISE.NOT_LEGAL_REPRESENTATIVE',
    );
    const told = await t.find<{ title: string }>(env, COLLECTIONS.messages, { accountId: malloryId });
    expect(told.map((m) => m.title)).toContain('企业登记已由法定代表人接管');
    const audited = await t.find<{ details: { formerRegistrant: string } }>(env, COLLECTIONS.auditLog, {
      action: 'enterprise.taken-over',
      target: enterpriseId,
    });
    expect(audited.map((a) => a.details.formerRegistrant)).toEqual([malloryId]);
    // Taken over, it is theirs: registering again is no longer a takeover.
    expect(await registering(FRANK)).toBe('ENTERPRISE.ALREADY_REGISTERED');
  });
});
