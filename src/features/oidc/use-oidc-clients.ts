import { useCallback, useState } from 'react';
import type { OidcClientAdded, OidcClientInput } from '../../../cloudfunctions/lib/contract/oidc';
import { tOidcClients } from '../../i18n/oidc-clients';
import { confirmThen, toastSuccess } from '../../platform/confirm-action';
import { useOwnList } from '../lists/use-own-list';
import { oidcClientsApi } from './oidc-clients-api';
import { pickLogo, type PickedLogo } from './pick-logo';
import { useSaid, type Saying } from '../said/use-said';

/** Lines of a multi-line field, trimmed, blanks dropped: one redirect address or AppID per line. */
export const linesOf = (text: string): string[] =>
  text
    .split(/[\n,，]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The admins' screen of registered services: the list, registering one (its secret shown once, until
 * the admin says it is saved), its logo (chosen and uploaded before registering, or changed later),
 * and disabling one (asked first; it cannot be undone).
 */
export function useOidcClients() {
  const list = useOwnList(oidcClientsApi.list);
  const [added, setAdded] = useState<OidcClientAdded | null>(null);
  const [busy, setBusy] = useState(false);
  // What an action was refused for, kept apart from the list’s load error (a reload clears that one):
  // the form’s (register, choose a logo) and a listed service’s (disable, change its logo).
  const [formError, setFormError] = useSaid(tOidcClients);
  const [disableError, setDisableError] = useSaid(tOidcClients);
  const [logo, setLogo] = useState<PickedLogo | null>(null);
  const [logoBusy, setLogoBusy] = useState<string | null>(null);
  const { load } = list;

  /** Uploads a chosen image; `target` names what waits for it ('form' or a client id). */
  const upload = useCallback(async (target: string, onError: (problem: Saying<typeof tOidcClients>) => void) => {
    setLogoBusy(target);
    try {
      const picked = await pickLogo();
      if (picked && !picked.ok) onError(picked.problem);
      return picked?.ok ? picked.logo : null;
    } finally {
      setLogoBusy(null);
    }
  }, []);

  const chooseLogo = useCallback(async () => {
    const picked = await upload('form', setFormError);
    if (!picked) return;
    setFormError(null);
    setLogo(picked);
  }, [upload]);

  const changeLogo = useCallback(
    async (clientId: string) => {
      const picked = await upload(clientId, setDisableError);
      if (!picked) return;
      const result = await oidcClientsApi.setLogo(clientId, picked.uploadId);
      setDisableError(result.ok ? null : result.error);
      if (result.ok) toastSuccess(tOidcClients.logoChanged);
      await load();
    },
    [upload, load],
  );

  const add = useCallback(
    async (input: OidcClientInput): Promise<boolean> => {
      if (!input.name.trim() || input.redirectUris.length === 0 || !input.termsUrl || !input.privacyUrl) {
        setFormError('missing');
        return false;
      }
      setBusy(true);
      try {
        const result = await oidcClientsApi.add(logo ? { ...input, logoUploadId: logo.uploadId } : input);
        if (!result.ok) {
          setFormError(result.error);
          return false;
        }
        setFormError(null);
        setAdded(result.data);
        setLogo(null);
        toastSuccess(tOidcClients.added);
        await load();
        return true;
      } finally {
        setBusy(false);
      }
    },
    [load, logo],
  );

  const disable = useCallback(
    (clientId: string) =>
      confirmThen({ ...tOidcClients.confirmDisable, destructive: true }, async () => {
        const result = await oidcClientsApi.disable(clientId);
        setDisableError(result.ok ? null : result.error);
        await load();
        return result.ok;
      }),
    [load],
  );

  return {
    ...list,
    added,
    busy,
    formError,
    disableError,
    logo,
    logoBusy,
    add,
    disable,
    chooseLogo,
    changeLogo,
    forgetSecret: () => setAdded(null),
  };
}
