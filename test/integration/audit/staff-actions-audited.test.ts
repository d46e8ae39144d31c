/**
 * Every staff action leaves a link in the audit chain, reads included (policy §6.3.1(3)(4)),
 * driven by the processing catalog so a new staff action is covered the day it is listed. Each is
 * called by an admin holding every staff role, through the real SDK, and the chain is read from
 * the SQLite file itself: what the console or a function could not have hidden.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { AuditEntry } from '../../../cloudfunctions/lib/audit/audit-entry';
import { writesOwnAuditEntry } from '../../../cloudfunctions/lib/audit/own-audit-entries';
import { staffActionName } from '../../../cloudfunctions/lib/audit/staff-action-audit';
import { PROCESSING_CATALOG, type ProcessingRule } from '../../../cloudfunctions/lib/consent/processing-catalog';
import { FUNCTION_NAMES } from '../../../cloudfunctions/lib/contract/functions';
import { setRoles } from '../../support/set-roles';
import { ALICE, STAFF, privacyCloud } from '../privacy/privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = privacyCloud();

const STAFF_ACTIONS = FUNCTION_NAMES.flatMap((fn) =>
  Object.entries(PROCESSING_CATALOG[fn] as Record<string, ProcessingRule>)
    .filter(([, rule]) => rule.basis === 'staff')
    .map(([action]) => ({ fn, action, label: `${fn}.${action}` })),
);

/** The chain as the SQLite file holds it, in order. */
function chainOnDisk(env: string): AuditEntry[] {
  const sqlite = new Database(join(t.cloud().dataDir, env, 'db.sqlite'), { readonly: true });
  try {
    const rows = sqlite.prepare('SELECT doc FROM "col_audit_log"').all() as { doc: string }[];
    return rows
      .map((r) => JSON.parse(r.doc) as AuditEntry)
      .filter((e) => e.seq > 0)
      .sort((a, b) => a.seq - b.seq);
  } finally {
    sqlite.close();
  }
}

async function call(env: string, openid: string, fn: string, action: string, input: unknown) {
  const r = await t.cloud().sdk({ env, openid }).callFunction({ name: fn, data: { action, input } });
  const result = r.result as { ok: boolean; error?: { code: string } };
  return result.ok ? 'OK' : (result.error?.code ?? 'UNKNOWN');
}

describe('staff actions are audited, every one (real SDK, SQLite file)', () => {
  let env: string;
  let staffId: string;

  beforeAll(async () => {
    env = t.cloud().freshEnv();
    for (const p of [ALICE, STAFF]) {
      const r = await t.register(env, p);
      if (!r.ok) throw new Error(`register ${p.accountName}: ${r.error.code}`);
    }
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff', 'admin', 'reviewer', 'pusher', 'publisher']);
    staffId =
      (await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: STAFF.accountName }))[0]?._id ?? '';
  }, 60_000);

  it('covers the staff actions the catalog lists', () => {
    expect(STAFF_ACTIONS.length).toBeGreaterThan(40);
  });

  it.each(STAFF_ACTIONS)('$label leaves an entry naming the staff member, once', async ({ fn, action }) => {
    const before = chainOnDisk(env).length;
    const outcome = await call(env, STAFF.openid, fn, action, {});
    const mine = chainOnDisk(env)
      .slice(before)
      .filter((e) => e.actor === staffId);
    expect(mine.length).toBeGreaterThan(0);
    const generic = mine.filter((e) => e.action === staffActionName(fn, action));
    if (generic.length > 0) expect(generic[0]?.details).toMatchObject({ outcome, staffAction: true });
    // A success recorded by its own specific entry is not recorded twice.
    if (outcome === 'OK' && writesOwnAuditEntry(fn, action)) expect(generic).toHaveLength(0);
    else expect(generic).toHaveLength(1);
  });

  it('a caller with no account reaches nothing and leaves no staff entry', async () => {
    const before = chainOnDisk(env).length;
    // Refused at the consent guard, before any session exists: nobody to name.
    expect(await call(env, 'oNobody000001', 'feedback', 'queue', {})).toBe('CONSENT.REQUIRED');
    expect(chainOnDisk(env).slice(before)).toEqual([]);
  });

  it('a signed-in person without the role is refused, and the attempt is in the chain', async () => {
    const before = chainOnDisk(env).length;
    expect(await call(env, ALICE.openid, 'feedback', 'queue', {})).toBe('ACCOUNT.FORBIDDEN');
    const alice = (await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: ALICE.accountName }))[0]
      ?._id;
    expect(chainOnDisk(env).slice(before)).toEqual([
      expect.objectContaining({
        actor: alice,
        action: 'staff.feedback.queue',
        target: 'feedback',
        details: { outcome: 'ACCOUNT.FORBIDDEN', staffAction: true },
      }),
    ]);
  });
});
