import { useCallback, useEffect, useState } from 'react';
import type { MyUploadView } from '../../../cloudfunctions/lib/contract/files';
import { tUploads } from '../../i18n/uploads';
import { confirmThen } from '../../platform/confirm-action';
import { uploadsApi } from './uploads-api';

/** My checked uploads, newest first; signed out is a state, not an error. */
export function useMyUploads() {
  const [items, setItems] = useState<MyUploadView[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    const result = await uploadsApi.mine();
    setLoaded(true);
    if (result.ok) {
      setItems(result.data.items);
      setSignedOut(false);
      setError('');
    } else if (result.error.code === 'ACCOUNT.NOT_SIGNED_IN') setSignedOut(true);
    else setError(result.error.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  /** Deletes one upload with its stored bytes, after asking (policy §8.3); a toast says it is done. */
  const remove = useCallback(
    (uploadId: string) =>
      confirmThen(tUploads.confirm, async () => {
        const result = await uploadsApi.remove(uploadId);
        if (!result.ok) setError(result.error.message);
        else setItems((all) => all.filter((item) => item.uploadId !== uploadId));
        return result.ok;
      }),
    [],
  );

  return { items, loaded, signedOut, error, remove };
}
