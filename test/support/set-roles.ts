import type { Role } from '../../cloudfunctions/lib/contract/account';
import { COLLECTIONS } from '../../config/cloud/collections';
import type { Database } from './local-cloud';

/**
 * Gives a registered account its roles, as an operator does from the console (scripts/staff):
 * roles are data on the account. The one way integration tests seed them.
 */
export async function setRoles(db: Database, accountName: string, roles: readonly Role[]): Promise<void> {
  await db
    .collection(COLLECTIONS.accounts)
    .where({ accountName })
    .update({ data: { roles: [...roles] } });
}
