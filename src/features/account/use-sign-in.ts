import { useState } from 'react';
import { ROUTES, redirect } from '../../platform/navigation';
import { rememberStaff } from '../../platform/staff-hint';
import { accountApi } from './account-api';

export function useSignIn() {
  const [accountName, setAccountName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);

  async function submit() {
    if (busy || !accountName || !password) return;
    setBusy(true);
    setError(null);
    const result = await accountApi.signIn(accountName, password);
    setBusy(false);
    if (!result.ok) {
      setError({ code: result.error.code, message: result.error.message });
      setPassword('');
      return;
    }
    rememberStaff(result.data.profile?.roles);
    if (result.data.cancellationWithdrawn) setWithdrawn(true);
    else redirect(ROUTES.accountProfile);
  }

  return { accountName, setAccountName, password, setPassword, busy, error, withdrawn, submit };
}
