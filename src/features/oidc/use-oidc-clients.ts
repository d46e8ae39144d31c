import { useCallback, useState } from 'react';
import type { OidcClientAdded, OidcClientInput } from '../../../cloudfunctions/lib/contract/oidc';
import { tOidcClients } from '../../i18n/oidc-clients';
import { confirmThen, toastSuccess } from '../../platform/confirm-action';
import { useOwnList } from '../lists/use-own-list';
import { oidcClientsApi } from './oidc-clients-api';

/** Lines of a multi-line field, trimmed, blanks dropped: one redirect address or AppID per line. */
export const linesOf = (text: string): string[] =>
  text
    .split(/[\n,，]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The admins' screen of registered services: the list, registering one (its secret shown once, until
 * the admin says it is saved) and disabling one (asked first; it cannot be undone).
 */
export function useOidcClients() {
  const list = useOwnList(oidcClientsApi.list);
  const [added, setAdded] = useState<OidcClientAdded | null>(null);
  const [busy, setBusy] = useState(false);
  // What an action was refused for, kept apart from the list's load error (a reload clears that one).
  const [formError, setFormError] = useState('');
  const [disableError, setDisableError] = useState('');
  const { load } = list;

  const add = useCallback(
    async (input: OidcClientInput): Promise<boolean> => {
      if (!input.name.trim() || input.redirectUris.length === 0 || !input.termsUrl || !input.privacyUrl) {
        setFormError(tOidcClients.missing);
        return false;
      }
      setBusy(true);
      try {
        const result = await oidcClientsApi.add(input);
        if (!result.ok) {
          setFormError(result.error.message);
          return false;
        }
        setFormError('');
        setAdded(result.data);
        toastSuccess(tOidcClients.added);
        await load();
        return true;
      } finally {
        setBusy(false);
      }
    },
    [load],
  );

  const disable = useCallback(
    (clientId: string) =>
      confirmThen({ ...tOidcClients.confirmDisable, destructive: true }, async () => {
        const result = await oidcClientsApi.disable(clientId);
        setDisableError(result.ok ? '' : result.error.message);
        await load();
        return result.ok;
      }),
    [load],
  );

  return { ...list, added, busy, formError, disableError, add, disable, forgetSecret: () => setAdded(null) };
}
