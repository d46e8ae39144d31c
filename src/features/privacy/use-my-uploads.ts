import { useCallback } from 'react';
import { tUploads } from '../../i18n/uploads';
import { confirmThen } from '../../platform/confirm-action';
import { useOwnList } from '../lists/use-own-list';
import { uploadsApi } from './uploads-api';

/** My checked uploads, newest first; signed out is a state, not an error. */
export function useMyUploads() {
  const { items, setItems, loaded, signedOut, error, setError } = useOwnList(uploadsApi.mine);

  /** Deletes one upload with its stored bytes, after asking (policy §8.3); a toast says it is done. */
  const remove = useCallback(
    (uploadId: string) =>
      confirmThen(tUploads.confirm, async () => {
        const result = await uploadsApi.remove(uploadId);
        if (!result.ok) setError(result.error);
        else setItems((all) => all.filter((item) => item.uploadId !== uploadId));
        return result.ok;
      }),
    [setError, setItems],
  );

  return { items, loaded, signedOut, error, remove };
}
