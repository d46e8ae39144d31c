import { useMemo, useState } from 'react';
import { isStrongPassword, passwordRules } from '../../../cloudfunctions/lib/contract/password-rules';
import { accountApi } from './account-api';

export function useChangePassword(accountName: string) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const rules = useMemo(() => passwordRules(next, accountName), [next, accountName]);
  const ready = current.length > 0 && isStrongPassword(next, accountName) && confirm === next;

  async function submit() {
    if (!ready || busy) return;
    setBusy(true);
    setError('');
    const result = await accountApi.changePassword(current, next);
    setBusy(false);
    if (result.ok) setDone(true);
    else setError(result.error.message);
  }

  return { current, setCurrent, next, setNext, confirm, setConfirm, rules, ready, busy, error, done, submit };
}
