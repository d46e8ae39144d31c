import type { AccountState, Role, StaffAccountView } from '../../../cloudfunctions/lib/contract/account';
import type { SetRolesOutput } from '../../../cloudfunctions/lib/contract/proposals';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { cloudClient } from '../../services/cloud';

const fn = 'account' as const;
const a = FUNCTIONS.account;

/** Staff calls of the `account` function: the role is checked in the cloud on every call. */
export const staffAccountsApi = {
  find: (accountName: string) => cloudClient.call<StaffAccountView, typeof fn>(fn, a.staffFind, { accountName }),
  setStatus: (input: {
    accountName: string;
    state: Exclude<AccountState, 'cancelled'>;
    reason: string;
    until?: string;
  }) => cloudClient.call<{ accountName: string; state: AccountState }, typeof fn>(fn, a.setStatus, input),
  setRoles: (accountName: string, roles: Role[]) =>
    cloudClient.call<SetRolesOutput, typeof fn>(fn, a.setRoles, { accountName, roles }),
};
