import { useCallback, useEffect, useState } from 'react';
import { tLinked } from '../../i18n/linked';
import { confirmThen } from '../../platform/confirm-action';
import { ROUTES, navigate } from '../../platform/navigation';
import { useSaid } from '../said/use-said';
import { linkedApi, type LinkedView } from './linked-api';

/**
 * My linked outside accounts: the list, linking one (the provider's page opens in a web-view) and
 * unlinking one (asked first). Both need the password again, as the cloud checks (lib/linked).
 */
export function useLinkedAccounts() {
  const [view, setView] = useState<LinkedView>({ items: [], providers: [] });
  const [password, setPassword] = useState('');
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useSaid(tLinked);
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(async () => {
    const result = await linkedApi.list();
    setLoaded(true);
    if (result.ok) setView(result.data);
    else if (result.error.code === 'ACCOUNT.NOT_SIGNED_IN') setSignedOut(true);
    else setError(result.error);
  }, [setError]);

  useEffect(() => {
    void load();
  }, [load]);

  const passwordFirst = () => {
    if (password) return true;
    setError('passwordNeeded');
    return false;
  };

  async function link(provider: string) {
    if (!passwordFirst()) return;
    const result = await linkedApi.startLink(provider, password);
    if (!result.ok) return setError(result.error);
    setError(null);
    navigate(ROUTES.linkedWeb, { url: result.data.authorizationUrl });
  }

  async function unlink(id: string) {
    if (!passwordFirst()) return;
    const c = tLinked.unlinkConfirm;
    await confirmThen(
      { ...c, confirmText: c.confirm, cancelText: c.cancel, destructive: true, done: tLinked.unlinkedToast },
      async () => {
        const result = await linkedApi.unlink(id, password);
        setError(result.ok ? null : result.error);
        await load();
        return result.ok;
      },
    );
  }

  return { ...view, password, setPassword, signedOut, error, loaded, link, unlink };
}
