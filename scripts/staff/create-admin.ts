/**
 * The first two admins, made from the console by a person who holds the cloud environment's
 * credentials — never by a default password. It is the bootstrap path only: a role grant in the app
 * takes two admins (the two-person rule, lib/proposals), so the console makes the first two; once
 * two admins exist this command refuses and every grant goes through a proposal and a second admin.
 */
import type { AuditRecorder } from '../../cloudfunctions/lib/audit/audit-recorder';

export interface AdminDatabase {
  collection(name: string): {
    where(query: Record<string, unknown>): { limit(n: number): { get(): Promise<unknown> } };
    doc(id: string): { update(options: { data: Record<string, unknown> }): Promise<unknown> };
  };
}

export type CreateAdminOutcome =
  { ok: true; accountId: string } | { ok: false; reason: 'admin-exists' | 'no-such-account' | 'account-not-active' };

/** Two: the smallest number with which a second admin can approve the first one's proposal. */
export const BOOTSTRAP_ADMINS = 2;

interface AccountRow {
  _id: string;
  roles?: string[];
  statusState?: string;
}

async function rows(db: AdminDatabase, collection: string, where: Record<string, unknown>): Promise<AccountRow[]> {
  const result = (await db.collection(collection).where(where).limit(10).get()) as { data?: AccountRow[] };
  return result.data ?? [];
}

/**
 * `audit` appends to the one sealed chain (policy §6.3.1(3)): the grant of the first admin is a
 * role change like any other, so `verify` covers it. The entry goes in before the role: a failed
 * append (no key, a busy head) leaves no admin the trail does not know of; a failed role update
 * after it leaves an entry whose `details` say what was asked, and the command can be run again.
 */
export async function createFirstAdmin(
  db: AdminDatabase,
  accountName: string,
  audit: AuditRecorder,
  now = new Date(),
): Promise<CreateAdminOutcome> {
  if ((await rows(db, 'accounts', { roles: 'admin' })).length >= BOOTSTRAP_ADMINS) {
    return { ok: false, reason: 'admin-exists' };
  }
  const [account] = await rows(db, 'accounts', { accountName: accountName.trim().toLowerCase() });
  if (!account) return { ok: false, reason: 'no-such-account' };
  if (account.statusState !== 'active') return { ok: false, reason: 'account-not-active' };
  const roles = Array.from(new Set([...(account.roles ?? ['user']), 'staff', 'admin']));
  await audit.record({
    at: now.getTime(),
    actor: 'console',
    action: 'account.first-admin',
    target: account._id,
    subject: account._id,
    details: { roles: roles.join(',') },
  });
  await db
    .collection('accounts')
    .doc(account._id)
    .update({ data: { roles, updatedAt: now.getTime() } });
  return { ok: true, accountId: account._id };
}
