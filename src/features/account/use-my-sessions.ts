import { useState } from 'react';
import type { MySessionView } from '../../../cloudfunctions/lib/contract/sessions';
import { tSessions } from '../../i18n/sessions';
import { confirmThen } from '../../platform/confirm-action';
import { accountApi } from './account-api';
import { useSaid } from '../said/use-said';

/** My sessions on the profile: list, end one, end all others, and freeze the account as stolen. */
export function useMySessions(onFrozen: () => void) {
  const [sessions, setSessions] = useState<MySessionView[]>([]);
  const [error, setError] = useSaid();
  const [busy, setBusy] = useState(false);

  async function load() {
    const result = await accountApi.mySessions();
    if (result.ok) {
      setSessions(result.data);
      setError(null);
    } else setError(result.error);
  }

  /** Runs one call that answers ok or an error; the list is read again after it. */
  async function run(call: () => ReturnType<typeof accountApi.endOtherSessions>): Promise<boolean> {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    await load();
    return true;
  }

  const end = (id: string) => confirmThen(tSessions.confirmEnd, () => run(() => accountApi.endSession(id)));
  const endOthers = () => confirmThen(tSessions.confirmEndOthers, () => run(() => accountApi.endOtherSessions()));

  async function freeze() {
    const frozen = await confirmThen(tSessions.confirmFreeze, async () => {
      setBusy(true);
      const result = await accountApi.freezeStolen();
      setBusy(false);
      if (!result.ok) setError(result.error);
      return result.ok;
    });
    if (frozen) onFrozen();
  }

  return { sessions, error, busy, load, end, endOthers, freeze };
}
