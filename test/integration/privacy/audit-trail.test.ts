/**
 * The sealed audit trail through the real SDK: sign-ins and staff reveals land in one chain, an
 * admin's verify (and `npm run staff -- verify-audit`) catches an entry edited or removed in the
 * database, and parallel audited actions across functions leave one unforked chain.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AuditEntry } from '../../../cloudfunctions/lib/audit/audit-entry';
import type { VerifyAuditOutput } from '../../../cloudfunctions/lib/contract/audit';
import type { PersonalCopy, PrivacyRequestView } from '../../../cloudfunctions/lib/contract/privacy';
import { callerDigest } from '../../../cloudfunctions/lib/audit/caller-digest';
import { ALICE, BOB, CLERK, STAFF, privacyCloud } from './privacy-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';

const t = privacyCloud();
const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');

const chain = async (env: string) =>
  (await t.find<AuditEntry>(env, COLLECTIONS.auditLog, {})).filter((e) => e.seq > 0).sort((a, b) => a.seq - b.seq);
const verify = (env: string) => t.ok<VerifyAuditOutput>(env, STAFF.openid, 'verifyAudit');
const accountId = async (env: string, name: string) =>
  (await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: name }))[0]?._id;

async function fileCorrection(env: string) {
  return t.ok<PrivacyRequestView>(env, ALICE.openid, 'file', {
    kind: 'correction',
    password: ALICE.password,
    proposed: { document: { type: 'resident-id', number: '440104199003071220' } },
    reason: '登记信息有误',
  });
}

async function staffCli(env: string, ...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/staff/cli.ts', 'verify-audit', '--env', env, ...args], {
    cwd: ROOT,
    env: { ...process.env, CLOUD_PORT: String(t.cloud().cloud.port) },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('sealed audit trail (real SDK, local cloud)', () => {
  it('a failed and a successful sign-in are sealed links of the chain, and verify finds it intact', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    expect(
      await t.code(env, ALICE.openid, 'signIn', { accountName: ALICE.accountName, password: 'Wrong-Pass-1' }),
    ).toBe('ACCOUNT.CREDENTIALS_INVALID');
    expect((await t.signIn(env, ALICE.openid, ALICE)).ok).toBe(true);
    const alice = await accountId(env, ALICE.accountName);
    const entries = await chain(env);
    const failed = entries.find((e) => e.action === 'account.sign-in-failed');
    const signedIn = entries.find((e) => e.action === 'account.sign-in');
    expect(failed).toMatchObject({
      actor: callerDigest(ALICE.openid),
      target: alice,
      details: { reason: 'ACCOUNT.CREDENTIALS_INVALID' },
    });
    expect(signedIn).toMatchObject({ actor: alice, target: alice, prevHash: failed?.hash });
    expect(signedIn?.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(await verify(env)).toEqual({ intact: true, length: entries.length, firstBrokenSeq: null, problems: [] });
    // The check itself is the next link.
    expect((await chain(env)).at(-1)).toMatchObject({ action: 'audit.verified', seq: entries.length + 1 });
  });

  it('a staff reveal is in the chain; editing it in the database is caught by verify and by the staff command', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const request = await fileCorrection(env);
    await t.ok(env, CLERK.openid, 'reveal', { id: request.id });
    const reveal = (await chain(env)).find((e) => e.action === 'privacy.request-revealed');
    expect(reveal).toMatchObject({ actor: await accountId(env, CLERK.accountName), target: request.id });
    expect((await staffCli(env, '--as', STAFF.openid)).stdout).toMatch(/audit chain intact: \d+ entries/);

    // Someone with database access hides who revealed the values.
    await t
      .db(env)
      .collection(COLLECTIONS.auditLog)
      .doc(reveal!._id)
      .update({ data: { actor: 'nobody' } });
    expect(await verify(env)).toMatchObject({
      intact: false,
      firstBrokenSeq: reveal!.seq,
      problems: [{ seq: reveal!.seq, kind: 'entry-altered' }],
    });
    const cli = await staffCli(env, '--as', STAFF.openid);
    expect(cli.code).toBe(4);
    expect(cli.stdout).toContain(`audit chain BROKEN at seq ${reveal!.seq}`);
    expect((await staffCli(env, '--as', CLERK.openid)).stdout).toContain('ACCOUNT.FORBIDDEN');
  });

  it('an entry removed from the database is caught', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const second = (await chain(env))[1]!;
    await t.db(env).collection(COLLECTIONS.auditLog).doc(second._id).remove();
    const result = await verify(env);
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: 2 });
    expect(result.problems).toContainEqual({ seq: 2, kind: 'entry-missing' });
  });

  it('5 parallel audited actions in two functions leave one unforked chain', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const request = await fileCorrection(env);
    const before = (await chain(env)).length;
    const results = await Promise.all([
      t.signIn(env, ALICE.openid, ALICE),
      t.signIn(env, BOB.openid, BOB),
      t.signIn(env, STAFF.openid, STAFF),
      t.privacy(env, CLERK.openid, 'reveal', { id: request.id }),
      t.privacy(env, STAFF.openid, 'reveal', { id: request.id }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    const entries = await chain(env);
    expect(entries).toHaveLength(before + 5);
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    entries.slice(1).forEach((e, i) => expect(e.prevHash).toBe(entries[i]?.hash));
    expect(new Set(entries.map((e) => e.prevHash)).size).toBe(entries.length);
    expect(await verify(env)).toMatchObject({ intact: true, length: before + 5 });
  });

  it("the person's copy lists who on staff read their data and when, with the staff id masked", async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const request = await fileCorrection(env);
    await t.ok(env, CLERK.openid, 'detail', { id: request.id });
    await t.ok(env, CLERK.openid, 'reveal', { id: request.id });
    const clerk = (await accountId(env, CLERK.accountName)) as string;
    const copy = await t.ok<PersonalCopy>(env, ALICE.openid, 'copy', { password: ALICE.password });
    const masked = `${clerk.slice(0, 4)}****${clerk.slice(-4)}`;
    expect(copy.staffReads.map(({ staff, action }) => ({ staff, action }))).toEqual([
      { staff: masked, action: 'privacy.request-revealed' },
      { staff: masked, action: 'privacy.request-viewed' },
    ]);
    expect(JSON.stringify(copy.staffReads)).not.toContain(clerk);
    expect(Date.parse(copy.staffReads[0]!.at)).toBeGreaterThan(Date.now() - 60_000);
    // Bob's copy lists none of it.
    expect((await t.ok<PersonalCopy>(env, BOB.openid, 'copy', { password: BOB.password })).staffReads).toEqual([]);
  });

  it('only an admin verifies', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    expect(await t.codeOf(env, CLERK.openid, 'verifyAudit')).toBe('ACCOUNT.FORBIDDEN');
  });
});
