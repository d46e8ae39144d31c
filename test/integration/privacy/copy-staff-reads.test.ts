/**
 * The copy of my information says who on staff read it and when (masked staff id, from the audit
 * chain), and carries the IP and device recorded with each of my consents (real SDK, local cloud).
 */
import type { LedgerEntry } from '../../../cloudfunctions/lib/consent/ledger-entry';
import { maskStaffId } from '../../../cloudfunctions/lib/audit/staff-reads';
import type { PersonalCopy, PrivacyRequestView } from '../../../cloudfunctions/lib/contract/privacy';
import { CONSENT } from '../account/account-cloud';
import { ALICE, CLERK, privacyCloud } from './privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = privacyCloud();
const DEVICE = { brand: 'HUAWEI', model: 'Mate 60', system: 'HarmonyOS 4.2', platform: 'android' };

describe('my copy lists staff reads and where my consents came from (real SDK, local cloud)', () => {
  jest.setTimeout(120_000);

  it('names the clerk who opened and revealed my request, masked, and the device of my consent', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const consent = await t
      .cloud()
      .sdk({ env, openid: ALICE.openid })
      .callFunction({
        name: 'consent',
        data: {
          action: 'grant',
          input: { documents: CONSENT, purposes: ['basic-service'], channel: 'privacy-center', device: DEVICE },
        },
      });
    expect((consent as unknown as { result: { ok: boolean } }).result.ok).toBe(true);
    const request = await t.ok<PrivacyRequestView>(env, ALICE.openid, 'file', {
      kind: 'correction',
      password: ALICE.password,
      proposed: { realName: '陈小文' },
      reason: '姓名登记有误',
    });
    await t.ok(env, CLERK.openid, 'detail', { id: request.id });
    await t.ok(env, CLERK.openid, 'reveal', { id: request.id });
    const clerk = (await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: CLERK.accountName }))[0]!
      ._id;

    const copy = await t.ok<PersonalCopy>(env, ALICE.openid, 'copy', { password: ALICE.password });
    expect(copy.staffReads.map((r) => [r.staff, r.action])).toEqual([
      [maskStaffId(clerk), 'privacy.request-revealed'],
      [maskStaffId(clerk), 'privacy.request-viewed'],
    ]);
    expect(JSON.stringify(copy.staffReads)).not.toContain(clerk);

    const ledger = await t.find<LedgerEntry>(env, COLLECTIONS.consents, { openid: ALICE.openid });
    const stored = new Map(ledger.map((e) => [e.seq, [e.clientIp, e.device]]));
    expect(copy.consents.map((e) => [e.seq, [e.clientIp, e.device]])).toEqual(
      copy.consents.map((e) => [e.seq, stored.get(e.seq)]),
    );
    expect(copy.consents.some((e) => e.device?.model === DEVICE.model)).toBe(true);
  });
});
