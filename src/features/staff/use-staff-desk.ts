import { useCallback, useState } from 'react';
import type { Role } from '../../../cloudfunctions/lib/contract/account';
import { reworded, type ClientError } from '../../i18n/server-errors';
import { rememberStaff } from '../../platform/staff-hint';
import type { FactorStatus } from '../../../cloudfunctions/lib/contract/staff-factor';
import { accountApi } from '../account/account-api';
import { factorApi } from './factor-api';
import { deskEntriesFor, type DeskEntry } from './staff-desk';

export type DeskState =
  | { kind: 'loading' }
  | { kind: 'ready'; roles: Role[]; entries: DeskEntry[]; factor: FactorStatus | null }
  | ({ kind: 'failed' } & ClientError);

/**
 * The staff desk: the account's roles and where it stands with the second factor, read from the
 * cloud each time the desk is shown.
 */
export function useStaffDesk() {
  const [state, setState] = useState<DeskState>({ kind: 'loading' });
  const refresh = useCallback(async () => {
    const result = await accountApi.profile();
    if (!result.ok) {
      setState({ kind: 'failed', ...result.error });
      return;
    }
    rememberStaff(result.data.roles);
    // Without the status the desk still opens: each staff screen is refused on its own if need be.
    const factor = await factorApi.status();
    setState({
      kind: 'ready',
      roles: result.data.roles,
      entries: deskEntriesFor(result.data.roles),
      factor: factor.ok ? factor.data : null,
    });
  }, []);
  // A refusal is kept as the cloud sent it and worded at render (a language switch in place).
  return { state: state.kind === 'failed' ? reworded(state) : state, refresh };
}
