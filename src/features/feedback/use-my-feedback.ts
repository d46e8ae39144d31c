import { useCallback } from 'react';
import { confirmThen } from '../../platform/confirm-action';
import { tActions } from '../../i18n/actions';
import { useOwnList } from '../lists/use-own-list';
import { feedbackApi } from './feedback-api';

/** The person's own feedback, newest first; signed out is a state, not an error. */
export function useMyFeedback() {
  const { items, setItems, signedOut, error, setError, load } = useOwnList(feedbackApi.mine);

  /** Deletes one of my items with its photos and voice, after asking (policy §8.3). */
  const remove = useCallback(
    (id: string) =>
      confirmThen(tActions.deleteFeedback, async () => {
        const result = await feedbackApi.remove(id);
        if (!result.ok) setError(result.error);
        else setItems((all) => all.filter((item) => item.id !== id));
        return result.ok;
      }),
    [setError, setItems],
  );

  return { items, signedOut, error, load, remove };
}
