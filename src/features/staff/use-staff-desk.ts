import { useCallback, useState } from 'react';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import { rememberStaff } from '../../platform/staff-hint';
import { accountApi } from '../account/account-api';
import { deskEntriesFor, type DeskEntry } from './staff-desk';

export type DeskState =
  | { kind: 'loading' }
  | { kind: 'ready'; roles: Role[]; entries: DeskEntry[] }
  | { kind: 'failed'; code: string; message: string };

/** The staff desk: the account's roles, read from the cloud each time the desk is shown. */
export function useStaffDesk() {
  const [state, setState] = useState<DeskState>({ kind: 'loading' });
  const refresh = useCallback(async () => {
    const result = await accountApi.profile();
    if (!result.ok) {
      setState({ kind: 'failed', code: result.error.code, message: result.error.message });
      return;
    }
    rememberStaff(result.data.roles);
    setState({ kind: 'ready', roles: result.data.roles, entries: deskEntriesFor(result.data.roles) });
  }, []);
  return { state, refresh };
}
