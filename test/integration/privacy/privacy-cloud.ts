/**
 * The privacy function (and account, for setup) through the real wx-server-sdk against the local
 * cloud, built from dist/cloudfunctions (npm run build:functions).
 */
import { ALICE, BOB, STAFF, accountCloud, type Person } from '../account/account-cloud';
import { setRoles } from '../../support/set-roles';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import { callAs } from '../../support/call-as';

export { ALICE, BOB, STAFF };
export type { Person };

/** A second staff member who may read the queue but not decide. */
export const CLERK: Person = {
  openid: 'oClerk0000001',
  accountName: 'bureau_clerk',
  password: 'Clerk-Desk-02',
  realName: '何文员',
  mobile: { countryCode: '+853', number: '62345678' },
  document: { type: 'travel-permit', number: 'M1234567801' },
};

export function privacyCloud(options: Parameters<typeof accountCloud>[0] = {}) {
  const t = accountCloud(options);

  async function privacy<T = unknown>(env: string, openid: string, action: string, input?: unknown) {
    return callAs<T>(t.cloud(), env, openid, 'privacy', action, input);
  }

  return {
    ...t,
    privacy,
    async ok<T>(env: string, openid: string, action: string, input?: unknown): Promise<T> {
      const result = await privacy<T>(env, openid, action, input);
      if (!result.ok) throw new Error(`${action}: ${result.error.code} ${result.error.message}`);
      return result.data;
    },
    async codeOf(env: string, openid: string, action: string, input?: unknown): Promise<string> {
      const result = await privacy(env, openid, action, input);
      return result.ok ? 'OK' : result.error.code;
    },
    /** Alice and Bob as people, STAFF as an admin, CLERK with the staff role only. */
    async people(env: string): Promise<void> {
      for (const p of [ALICE, BOB, STAFF, CLERK]) {
        const r = await t.register(env, p);
        if (!r.ok) throw new Error(`register ${p.accountName}: ${r.error.code}`);
      }
      const roles = (name: string, list: Role[]) => setRoles(t.db(env), name, list);
      await roles(STAFF.accountName, ['user', 'staff', 'admin']);
      await roles(CLERK.accountName, ['user', 'staff']);
    },
  };
}
