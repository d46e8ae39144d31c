import { useCallback, useEffect, useState } from 'react';
import type { FeedbackView } from '../../../cloudfunctions/lib/contract/feedback';
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

  return { items, signedOut, error, load };
}
