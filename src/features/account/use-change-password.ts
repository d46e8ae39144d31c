import { useMemo, useState } from 'react';
import { isStrongPassword, passwordRules } from '../../../cloudfunctions/lib/contract/password-rules';
import { accountApi } from './account-api';
import { useSaid } from '../said/use-said';

export function useChangePassword(accountName: string) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();
  const [done, setDone] = useState(false);
  const rules = useMemo(() => passwordRules(next, accountName), [next, accountName]);
  // What still stands between the person and 保存, so the page can say it next to the button.
  const blocker: 'current' | 'weak' | 'mismatch' | null =
    current.length === 0
      ? 'current'
      : !isStrongPassword(next, accountName)
        ? 'weak'
        : confirm !== next
          ? 'mismatch'
          : null;
  const ready = blocker === null;

  async function submit() {
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    const result = await accountApi.changePassword(current, next);
    setBusy(false);
    if (result.ok) setDone(true);
    else setError(result.error);
  }

  return { current, setCurrent, next, setNext, confirm, setConfirm, rules, ready, blocker, busy, error, done, submit };
}
