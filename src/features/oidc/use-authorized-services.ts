import { useCallback, useEffect, useState } from 'react';
import type { OidcAuthorizationItem } from '../../../cloudfunctions/lib/contract/oidc';
import { tOidc } from '../../i18n/oidc';
import { confirmThen } from '../../platform/confirm-action';
import { oidcApi } from './oidc-api';

/** The services the person authorized, newest first, and revoking one (asked first; tokens die at once). */
export function useAuthorizedServices() {
  const [items, setItems] = useState<OidcAuthorizationItem[]>([]);
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useState('');
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(async () => {
    const result = await oidcApi.authorizations();
    setLoaded(true);
    if (result.ok) {
      setItems(result.data.items);
      setError('');
    } else if (result.error.code === 'ACCOUNT.NOT_SIGNED_IN') setSignedOut(true);
    else setError(result.error.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const revoke = useCallback(
    (id: string) =>
      confirmThen(
        {
          title: tOidc.revokeConfirm.title,
          content: tOidc.revokeConfirm.content,
          confirmText: tOidc.revokeConfirm.confirm,
          cancelText: tOidc.revokeConfirm.cancel,
          destructive: true,
          done: tOidc.revokedToast,
        },
        async () => {
          const result = await oidcApi.revoke(id);
          if (!result.ok) setError(result.error.message);
          await load();
          return result.ok;
        },
      ),
    [load],
  );

  return { items, signedOut, error, loaded, revoke };
}
