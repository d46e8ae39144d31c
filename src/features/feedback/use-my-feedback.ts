import { useCallback, useEffect, useState } from 'react';
import type { FeedbackView } from '../../../cloudfunctions/lib/contract/feedback';
import { confirmThen } from '../../platform/confirm-action';
import { tActions } from '../../i18n/actions';
import { feedbackApi } from './feedback-api';

/** The person's own feedback, newest first; signed out is a state, not an error. */
export function useMyFeedback() {
  const [items, setItems] = useState<FeedbackView[]>([]);
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    const result = await feedbackApi.mine();
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

  /** Deletes one of my items with its photos and voice, after asking (policy §8.3). */
  const remove = useCallback(
    (id: string) =>
      confirmThen(tActions.deleteFeedback, async () => {
        const result = await feedbackApi.remove(id);
        if (!result.ok) setError(result.error.message);
        else setItems((all) => all.filter((item) => item.id !== id));
        return result.ok;
      }),
    [],
  );

  return { items, signedOut, error, load, remove };
}
