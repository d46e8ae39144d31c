/**
 * Failed sign-ins in the audit trail through the real SDK: each names the calling WeChat identity
 * as a digest (never the OPENID, never the password); one caller failing on more different
 * accounts in an hour than config/audit-alerts.ts allows raises one alert to the admins. And a
 * role change names the person whose account it is, so the subject filter finds it.
 */
import { AUDIT_ALERT_RULES, AUDIT_ALERT_WINDOW_MS } from '../../../config/audit-alerts';
import type { AuditEntry } from '../../../cloudfunctions/lib/audit/audit-entry';
import { callerDigest } from '../../../cloudfunctions/lib/audit/caller-digest';
import type { AuditPage } from '../../../cloudfunctions/lib/contract/audit';
import { ALICE, BOB, CLERK, STAFF, privacyCloud, type Person } from './privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

// The alert counts failures within one fixed window (an hour: cloudfunctions/lib/audit/audit-watch.ts).
// The functions read the file clock, set five minutes into a window, so a run that would straddle the
// hour on the wall clock (one did in CI, 17:59 → 18:00) still counts every failure in one window.
const t = privacyCloud({ fileClock: ['account', 'consent', 'privacy'] });
const intoNextWindow = () => AUDIT_ALERT_WINDOW_MS - (Date.now() % AUDIT_ALERT_WINDOW_MS) + 5 * 60_000;
const LIMIT = AUDIT_ALERT_RULES.find((rule) => rule.id === 'sign-in-failures')!.limit;
const PROBER = 'oProber000000001';
const WRONG = 'Wrong-Guess-2026';

const more = (i: number): Person => ({
  openid: `oTarget0000${i}`,
  accountName: `target_${i}`,
  password: `Target-Pass-${i}`,
  realName: '李四',
  mobile: { countryCode: '+86', number: `1381234560${i}` },
  document: { type: 'passport', number: `E7654321${i}` },
});

const alertsIn = (env: string, accountId: string) =>
  t.find<{ body: string; page: string }>(env, COLLECTIONS.messages, { accountId, kind: 'security.audit-anomaly' });
const idOf = async (env: string, name: string) =>
  (await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: name }))[0]!._id;
const failures = async (env: string) =>
  (await t.find<AuditEntry>(env, COLLECTIONS.auditLog, { action: 'account.sign-in-failed' })).sort(
    (a, b) => a.seq - b.seq,
  );

describe('sign-in failures and role changes in the audit trail (real SDK, local cloud)', () => {
  jest.setTimeout(240_000);

  it(`one caller failing on ${LIMIT} accounts in an hour is quiet; one more alerts the admins, naming only a digest`, async () => {
    t.advance(intoNextWindow());
    const env = t.cloud().freshEnv();
    await t.people(env);
    const extra = Array.from({ length: LIMIT - 2 }, (_, i) => more(i));
    for (const person of extra) expect((await t.register(env, person)).ok).toBe(true);
    const targets = [ALICE, BOB, CLERK, ...extra];
    expect(targets).toHaveLength(LIMIT + 1);
    const admin = await idOf(env, STAFF.accountName);
    const attempt = (p: Person) => t.code(env, PROBER, 'signIn', { accountName: p.accountName, password: WRONG });

    for (const person of targets.slice(0, LIMIT)) expect(await attempt(person)).not.toBe('OK');
    // The same account again is not another account.
    expect(await attempt(ALICE)).not.toBe('OK');
    expect(await alertsIn(env, admin)).toEqual([]);

    expect(await attempt(targets[LIMIT]!)).not.toBe('OK');
    expect(await attempt(BOB)).not.toBe('OK');
    const alerts = await alertsIn(env, admin);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.body).toContain(callerDigest(PROBER));
    expect(alerts[0]!.body).toContain(`涉及 ${LIMIT + 1} 人`);
    expect(alerts[0]!.body).not.toContain(PROBER);

    const entries = await failures(env);
    expect(entries).toHaveLength(LIMIT + 3);
    expect(new Set(entries.map((e) => e.actor))).toEqual(new Set([callerDigest(PROBER)]));
    for (const entry of entries) expect(JSON.stringify(entry)).not.toMatch(new RegExp(`${PROBER}|${WRONG}`));

    // The admin follows the caller on the audit screen by its digest: every failure flagged.
    const page = await t.ok<AuditPage>(env, STAFF.openid, 'auditLog', { actor: callerDigest(PROBER) });
    expect(page.rows).toHaveLength(LIMIT + 3);
    expect(page.rows.every((r) => r.actor === callerDigest(PROBER) && r.flagged)).toBe(true);
    expect(page.alerts).toEqual([
      expect.objectContaining({ rule: 'sign-in-failures', actor: callerDigest(PROBER), count: LIMIT + 1 }),
    ]);
  });

  it('a role change names the person as its subject; the subject filter finds it', async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    // Taking roles away applies at once (adding one waits for a second admin).
    expect(await t.data(env, STAFF.openid, 'setRoles', { accountName: BOB.accountName, roles: ['user'] })).toEqual({
      accountName: BOB.accountName,
      roles: ['user'],
      proposalId: null,
    });
    const bob = await idOf(env, BOB.accountName);
    const [entry] = await t.find<AuditEntry>(env, COLLECTIONS.auditLog, { action: 'account.roles-set' });
    expect(entry).toMatchObject({ actor: await idOf(env, STAFF.accountName), target: bob, subject: bob });
    const page = await t.ok<AuditPage>(env, STAFF.openid, 'auditLog', { subject: BOB.accountName });
    expect(page.rows.map((r) => r.action)).toContain('account.roles-set');
  });
});
