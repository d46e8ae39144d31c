import { useCallback } from 'react';
import { tOidc } from '../../i18n/oidc';
import { confirmThen } from '../../platform/confirm-action';
import { useOwnList } from '../lists/use-own-list';
import { oidcApi } from './oidc-api';

/** The services the person authorized, newest first, and revoking one (asked first; tokens die at once). */
export function useAuthorizedServices() {
  const { items, signedOut, error, setError, loaded, load } = useOwnList(oidcApi.authorizations);

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
          if (!result.ok) setError(result.error);
          await load();
          return result.ok;
        },
      ),
    [load, setError],
  );

  return { items, signedOut, error, loaded, revoke };
}
