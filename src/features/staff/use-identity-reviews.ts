import { useState } from 'react';
import type {
  IdentityReviewDetail,
  IdentityReviewQueueItem,
} from '../../../cloudfunctions/lib/contract/identity-review';
import { tIdentity } from '../../i18n/identity';
import { confirmThen } from '../../platform/confirm-action';
import { identityApi } from '../account/identity-api';
import { useSaid } from '../said/use-said';
import { useFactorGate } from './use-factor-gate';

/**
 * The staff real-name check queue: the list names document types only; opening one takes it (an
 * audited read of the name, number and photo, after a step-up: the code prompt asks, then the
 * check is opened again); approving or refusing is confirmed, refusing needs a reason the person
 * is told, and the photo is gone once decided.
 */
export function useIdentityReviews() {
  const [items, setItems] = useState<IdentityReviewQueueItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [opened, setOpened] = useState<IdentityReviewDetail | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid(tIdentity.staff);
  const gate = useFactorGate();

  async function load() {
    const result = await identityApi.queue();
    setLoaded(true);
    if (result.ok) setItems(result.data);
    else setError(result.error);
  }

  async function open(reviewId: string) {
    if (busy) return;
    setBusy(true);
    setError(null);
    await gate.run(
      () => identityApi.open(reviewId),
      (result) => {
        if (!result.ok) return setError(result.error);
        setOpened(result.data);
        setComment('');
      },
    );
    setBusy(false);
  }

  async function decide(decision: 'approve' | 'refuse') {
    if (!opened || busy) return;
    const reason = comment.trim();
    // The cloud refuses a refusal without a reason (IDENTITY.REVIEW_COMMENT_REQUIRED): say so first.
    if (decision === 'refuse' && reason.length < 2) return setError('commentRequired');
    setError(null);
    const copy = decision === 'approve' ? tIdentity.confirmApprove : tIdentity.confirmRefuse;
    const done = await confirmThen({ ...copy, destructive: decision === 'refuse' }, async () => {
      setBusy(true);
      const result = await identityApi.decide(opened.reviewId, decision, reason);
      setBusy(false);
      if (!result.ok) setError(result.error);
      return result.ok;
    });
    if (!done) return;
    setOpened(null);
    await load();
  }

  return {
    items,
    loaded,
    opened,
    comment,
    setComment,
    busy,
    error,
    load,
    open,
    factorPrompt: gate.prompt,
    decide,
    close: () => setOpened(null),
  };
}
