import { useState } from 'react';
import { reworded, type ClientError } from '../../i18n/server-errors';
import { ROUTES, redirect } from '../../platform/navigation';
import { rememberStaff } from '../../platform/staff-hint';
import { codeDigits } from '../staff/factor-api';
import { accountApi } from './account-api';

export function useSignIn() {
  const [accountName, setAccountName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  /** A staff member's sign-in asks for the authenticator's code: the password is kept for that second try. */
  const [askCode, setAskCode] = useState(false);
  const [totpCode, setTotpCode] = useState('');

  async function submit() {
    if (busy || !accountName || !password || (askCode && totpCode.length !== 6)) return;
    setBusy(true);
    setError(null);
    const result = await accountApi.signIn(accountName, password, askCode ? totpCode : undefined);
    setBusy(false);
    setTotpCode('');
    if (!result.ok) {
      const { code } = result.error;
      if (code === 'STAFF.FACTOR_REQUIRED') {
        setAskCode(true);
        if (askCode) setError(result.error);
        return;
      }
      setError(result.error);
      if (code !== 'STAFF.FACTOR_INVALID') {
        setPassword('');
        setAskCode(false);
      }
      return;
    }
    rememberStaff(result.data.profile?.roles);
    if (result.data.cancellationWithdrawn) setWithdrawn(true);
    else redirect(ROUTES.accountProfile);
  }

  return {
    accountName,
    setAccountName: (value: string) => {
      setAccountName(value);
      setAskCode(false);
    },
    password,
    setPassword,
    askCode,
    totpCode,
    setTotpCode: (value: string) => setTotpCode(codeDigits(value)),
    busy,
    // Kept as the cloud sent it, worded at render (a language switch in place).
    error: reworded(error),
    withdrawn,
    submit,
  };
}
