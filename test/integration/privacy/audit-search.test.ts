/**
 * The admin audit screen's action (privacy.auditLog) through the real SDK: filters by actor,
 * subject, action and time, newest first in pages that follow a cursor, people masked; refused to
 * anyone but an admin with a stable code.
 */
import type { AuditEntry } from '../../../cloudfunctions/lib/audit/audit-entry';
import { maskStaffId } from '../../../cloudfunctions/lib/audit/staff-reads';
import type { AuditPage } from '../../../cloudfunctions/lib/contract/audit';
import type { PrivacyRequestView } from '../../../cloudfunctions/lib/contract/privacy';
import { ALICE, CLERK, STAFF, privacyCloud } from './privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = privacyCloud();

const chain = async (env: string) =>
  (await t.find<AuditEntry>(env, COLLECTIONS.auditLog, {})).filter((e) => e.seq > 0).sort((a, b) => b.seq - a.seq);
const idOf = async (env: string, name: string) =>
  (await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: name }))[0]!._id;
const search = (env: string, input: Record<string, unknown> = {}) =>
  t.ok<AuditPage>(env, STAFF.openid, 'auditLog', input);

/** Alice files a correction; the clerk reveals it `times` times: that many entries about Alice. */
async function trail(env: string, times: number) {
  await t.people(env);
  const request = await t.ok<PrivacyRequestView>(env, ALICE.openid, 'file', {
    kind: 'correction',
    password: ALICE.password,
    proposed: { document: { type: 'resident-id', number: '440104199003071220' } },
    reason: '登记信息有误',
  });
  for (let i = 0; i < times; i++) await t.ok(env, CLERK.openid, 'reveal', { id: request.id });
}

describe('privacy.auditLog (real SDK, local cloud)', () => {
  jest.setTimeout(120_000);

  it('pages the whole chain newest first through the cursor, with no entry twice or missed', async () => {
    const env = t.cloud().freshEnv();
    await trail(env, 22);
    const expected = (await chain(env)).map((e) => e.seq);
    const first = await search(env);
    expect(first.rows).toHaveLength(20);
    expect(first.nextCursor).toBe(first.rows.at(-1)!.seq);
    const seen = [...first.rows];
    for (let cursor = first.nextCursor; cursor !== null;) {
      const next = await search(env, { before: cursor });
      seen.push(...next.rows);
      cursor = next.nextCursor;
    }
    expect(seen.map((r) => r.seq)).toEqual(expected);
    expect(seen[0]!.at).toBe(new Date((await chain(env)).find((e) => e.seq === expected[0])!.at).toISOString());
  });

  it('filters by actor, subject, action and time; people are masked and never shown in full', async () => {
    const env = t.cloud().freshEnv();
    await trail(env, 3);
    const [clerk, alice] = [await idOf(env, CLERK.accountName), await idOf(env, ALICE.accountName)];
    const byClerk = await search(env, { actor: CLERK.accountName });
    const clerkEntries = (await chain(env)).filter((e) => e.actor === clerk);
    expect(byClerk.rows.map((r) => r.seq)).toEqual(clerkEntries.map((e) => e.seq));
    expect(new Set(byClerk.rows.map((r) => r.actor))).toEqual(new Set([maskStaffId(clerk)]));
    expect(JSON.stringify(byClerk)).not.toContain(clerk);

    const aboutAlice = await search(env, { subject: ALICE.accountName });
    expect(aboutAlice.rows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(aboutAlice.rows.map((r) => r.subject))).toEqual(new Set([maskStaffId(alice)]));
    expect(JSON.stringify(aboutAlice)).not.toContain(alice);

    const reveals = await search(env, { action: 'privacy.request-revealed' });
    expect(reveals.rows).toHaveLength(3);
    expect(reveals.rows.every((r) => r.action === 'privacy.request-revealed')).toBe(true);

    const [middle] = (await chain(env)).filter((e) => e.action === 'privacy.request-revealed').slice(1, 2);
    const inRange = await search(env, { from: middle!.at, to: middle!.at });
    const expected = (await chain(env)).filter((e) => e.at === middle!.at).map((e) => e.seq);
    expect(inRange.rows.map((r) => r.seq)).toEqual(expected);

    const none = await search(env, { actor: 'nobody_here' });
    expect(none).toMatchObject({ rows: [], nextCursor: null });
  });

  it('is refused to staff who are not admins, and to people, with ACCOUNT.FORBIDDEN', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    expect(await t.codeOf(env, CLERK.openid, 'auditLog', {})).toBe('ACCOUNT.FORBIDDEN');
    expect(await t.codeOf(env, ALICE.openid, 'auditLog', {})).toBe('ACCOUNT.FORBIDDEN');
    expect(await t.codeOf(env, STAFF.openid, 'auditLog', { actor: 5 })).toBe('REQUEST.INVALID_INPUT');
  });
});
