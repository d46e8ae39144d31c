/**
 * Anomaly alerts through the real SDK: one staff member revealing more distinct people's data in
 * an hour than config/audit-alerts.ts allows raises exactly one alert, in every admin's inbox, and
 * flags the reveals on the audit screen.
 */
import { AUDIT_ALERT_RULES } from '../../../config/audit-alerts';
import { maskStaffId } from '../../../cloudfunctions/lib/audit/staff-reads';
import type { AuditPage } from '../../../cloudfunctions/lib/contract/audit';
import type { PrivacyRequestView } from '../../../cloudfunctions/lib/contract/privacy';
import { ALICE, BOB, CLERK, STAFF, privacyCloud, type Person } from './privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = privacyCloud();
const LIMIT = AUDIT_ALERT_RULES.find((rule) => rule.id === 'reveals')!.limit;

/** People beyond Alice and Bob, enough for the limit plus one (passport numbers: any valid format). */
const more = (i: number): Person => ({
  openid: `oMore00000${i}`,
  accountName: `resident_${i}`,
  password: `Resident-Pass-${i}`,
  realName: '张三',
  mobile: { countryCode: '+86', number: `1391234560${i}` },
  document: { type: 'passport', number: `E1234567${i}` },
});

async function correctionOf(env: string, person: Person) {
  return t.ok<PrivacyRequestView>(env, person.openid, 'file', {
    kind: 'correction',
    password: person.password,
    proposed: { realName: '张四' },
    reason: '姓名登记有误',
  });
}

const alertsIn = (env: string, accountId: string) =>
  t.find<{ title: string; body: string; page: string }>(env, COLLECTIONS.messages, {
    accountId,
    kind: 'security.audit-anomaly',
  });
const idOf = async (env: string, name: string) =>
  (await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: name }))[0]!._id;

describe('audit anomaly alerts (real SDK, local cloud)', () => {
  jest.setTimeout(240_000);

  it(`revealing ${LIMIT} people in an hour is quiet; one more raises exactly one alert to the admins`, async () => {
    const env = t.cloud().freshEnv();
    await t.people(env);
    const extra = Array.from({ length: LIMIT - 1 }, (_, i) => more(i));
    for (const person of extra) expect((await t.register(env, person)).ok).toBe(true);
    const people = [ALICE, BOB, ...extra];
    const requests = [];
    for (const person of people) requests.push(await correctionOf(env, person));
    const admin = await idOf(env, STAFF.accountName);
    const clerk = await idOf(env, CLERK.accountName);

    for (const request of requests.slice(0, LIMIT)) await t.ok(env, CLERK.openid, 'reveal', { id: request.id });
    // Revealing the same people again is not more people.
    await t.ok(env, CLERK.openid, 'reveal', { id: requests[0]!.id });
    expect(await alertsIn(env, admin)).toEqual([]);

    await t.ok(env, CLERK.openid, 'reveal', { id: requests[LIMIT]!.id });
    await t.ok(env, CLERK.openid, 'reveal', { id: requests[1]!.id });
    const alerts = await alertsIn(env, admin);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.body).toContain(maskStaffId(clerk));
    expect(alerts[0]!.body).toContain(`涉及 ${LIMIT + 1} 人`);
    expect(alerts[0]!.page).toBe('/packages/staff/pages/audit/index');
    // Only admins: the clerk, a staff member without the admin role, gets none.
    expect(await alertsIn(env, clerk)).toEqual([]);

    const page = await t.ok<AuditPage>(env, STAFF.openid, 'auditLog', { actor: CLERK.accountName });
    expect(page.alerts).toEqual([
      expect.objectContaining({ rule: 'reveals', actor: maskStaffId(clerk), count: LIMIT + 1, limit: LIMIT }),
    ]);
    const reveals = page.rows.filter((r) => r.action === 'privacy.request-revealed');
    expect(reveals).toHaveLength(LIMIT + 3);
    expect(reveals.every((r) => r.flagged)).toBe(true);
    expect(page.rows.filter((r) => r.action !== 'privacy.request-revealed').every((r) => !r.flagged)).toBe(true);
  });
});
