import type { AuditEntry } from '../../../cloudfunctions/lib/audit/audit-entry';
import type { VerifyAuditOutput } from '../../../cloudfunctions/lib/contract/audit';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { consoleAuditRecorder } from '../../../scripts/staff/console-audit';
import { createFirstAdmin, type AdminDatabase } from '../../../scripts/staff/create-admin';
import { ALICE, BOB, accountCloud } from './account-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = accountCloud();

describe('npm run staff -- create-admin (real SDK, local cloud)', () => {
  it('makes the first two admins and no more (the bootstrap of the two-person rule)', async () => {
    const env = t.cloud().freshEnv();
    expect((await t.register(env, ALICE)).ok).toBe(true);
    expect((await t.register(env, BOB)).ok).toBe(true);
    const db = t.db(env) as unknown as AdminDatabase;
    const audit = consoleAuditRecorder(t.db(env));

    expect(await createFirstAdmin(db, 'nobody_here', audit)).toEqual({ ok: false, reason: 'no-such-account' });
    expect(await createFirstAdmin(db, 'CHAN_TAI_MAN', audit)).toEqual({ ok: true, accountId: expect.any(String) });
    // The bootstrap makes two admins (the two-person rule needs a second), then refuses.
    expect(await createFirstAdmin(db, BOB.accountName, audit)).toEqual({ ok: true, accountId: expect.any(String) });
    expect(await createFirstAdmin(db, ALICE.accountName, audit)).toEqual({ ok: false, reason: 'admin-exists' });

    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'account.first-admin' })).toHaveLength(2);
  });

  it("writes the grant into the sealed audit chain, and the new admin's verify finds the chain intact", async () => {
    const env = t.cloud().freshEnv();
    expect((await t.register(env, ALICE)).ok).toBe(true);
    const made = await createFirstAdmin(
      t.db(env) as unknown as AdminDatabase,
      ALICE.accountName,
      consoleAuditRecorder(t.db(env)),
    );
    const [entry] = await t.find<AuditEntry>(env, COLLECTIONS.auditLog, { action: 'account.first-admin' });
    expect(entry).toMatchObject({ actor: 'console', target: made.ok && made.accountId, seq: expect.any(Number) });
    const head = (await t.find<{ seq: number }>(env, COLLECTIONS.auditHeads, {}))[0];
    expect(head?.seq).toBe(entry!.seq);

    const sdk = t.cloud().sdk({ env, openid: ALICE.openid });
    const r = (await sdk.callFunction({ name: 'privacy', data: { action: 'verifyAudit' } })) as unknown as {
      result: Result<VerifyAuditOutput>;
    };
    expect(r.result).toEqual({
      ok: true,
      data: { intact: true, length: entry!.seq, firstBrokenSeq: null, problems: [] },
    });
  });
});
