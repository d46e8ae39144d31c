import { useState } from 'react';
import { tIdentity } from '../../i18n/identity';
import { confirmThen } from '../../platform/confirm-action';
import { identityApi } from '../account/identity-api';
import { useSaid } from '../said/use-said';

/**
 * An admin closes an account that used someone else's document (agreement §3.2.6), with a reason
 * kept in the audit trail; confirmed first, since closing erases the account for good.
 */
export function useCloseImpersonator(accountName: string, onClosed: () => void) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();

  async function close() {
    const why = reason.trim();
    if (!why || busy) return;
    setError(null);
    const closed = await confirmThen({ ...tIdentity.confirmClose, destructive: true }, async () => {
      setBusy(true);
      const result = await identityApi.closeImpersonator(accountName, why);
      setBusy(false);
      if (!result.ok) setError(result.error);
      return result.ok;
    });
    if (closed) {
      setReason('');
      onClosed();
    }
  }

  return { reason, setReason, busy, error, close };
}
