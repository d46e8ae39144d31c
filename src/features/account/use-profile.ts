import { useState } from 'react';
import type { ProfileView } from '../../../cloudfunctions/lib/contract/account';
import { tActions } from '../../i18n/actions';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import { ROUTES, redirect } from '../../platform/navigation';
import { rememberStaff } from '../../platform/staff-hint';
import { accountApi } from './account-api';
import { useSaid } from '../said/use-said';

export function useProfile() {
  const [profile, setProfile] = useState<ProfileView | null>(null);
  const [error, setError] = useSaid();
  const [signedOut, setSignedOut] = useState(false);
  const [cancellation, setCancellation] = useState<{ effectiveAt: string } | null>(null);

  async function load() {
    const result = await accountApi.profile();
    if (result.ok) {
      setProfile(result.data);
      rememberStaff(result.data.roles);
      setError(null);
    } else if (result.error.code === 'ACCOUNT.NOT_SIGNED_IN') redirect(ROUTES.accountSignIn);
    else setError(result.error);
  }

  async function signOut() {
    if (!(await confirmAction(tActions.signOut))) return;
    const result = await accountApi.signOut();
    if (result.ok) {
      toastSuccess(tActions.signOut.done);
      setProfile(null);
      rememberStaff([]);
      setSignedOut(true);
    } else setError(result.error);
  }

  async function requestCancellation(password: string) {
    if (!(await confirmAction(tActions.requestCancellation))) return;
    const result = await accountApi.requestCancellation(password);
    if (result.ok) {
      toastSuccess(tActions.requestCancellation.done);
      setProfile(null);
      setCancellation({ effectiveAt: result.data.effectiveAt });
    } else setError(result.error);
  }

  return { profile, error, signedOut, cancellation, load, signOut, requestCancellation };
}
