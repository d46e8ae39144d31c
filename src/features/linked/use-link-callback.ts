import { useEffect, useState } from 'react';
import { tLinked } from '../../i18n/linked';
import { toastSuccess } from '../../platform/confirm-action';
import { ROUTES, pageQuery, redirect } from '../../platform/navigation';
import { rememberStaff } from '../../platform/staff-hint';
import { linkedApi } from './linked-api';
import { useSaid } from '../said/use-said';

export type CallbackOutcome = 'finishing' | 'failed';

/**
 * Back from the outside platform (web/linked-callback.html brought `code` and `state`, or the
 * platform's `error`): the cloud checks the state, exchanges the code and verifies the ID token,
 * then either links the account (back to 关联账号) or signs the person in (to the profile).
 */
export function useLinkCallback() {
  const [outcome, setOutcome] = useState<CallbackOutcome>('finishing');
  const [error, setError] = useSaid(tLinked.callback);

  useEffect(() => {
    const { code, state, error: refused } = pageQuery();
    if (!code || !state) {
      setOutcome('failed');
      // OIDC Core §3.1.2.6: the person declined at the platform, or it answered nothing usable.
      setError(refused === 'access_denied' ? 'declined' : 'incomplete');
      return;
    }
    void linkedApi.finish(code, state).then((result) => {
      if (!result.ok) {
        setOutcome('failed');
        setError(result.error);
        return;
      }
      if ('linked' in result.data) {
        toastSuccess(tLinked.callback.linkedToast);
        redirect(ROUTES.linkedAccounts);
        return;
      }
      rememberStaff(result.data.profile?.roles);
      toastSuccess(tLinked.callback.signedInToast);
      redirect(ROUTES.accountProfile);
    });
  }, []);

  return { outcome, error };
}
