import { useCallback, useState } from 'react';
import { tActions } from '../../i18n/actions';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import type {
  PrivacyRequestStatus,
  RevealOutput,
  StaffQueueItem,
  StaffRequestDetail,
} from '../../../cloudfunctions/lib/contract/privacy';
import { privacyApi } from '../privacy/privacy-api';
import { useFactorGate } from './use-factor-gate';
import { useSaid } from '../said/use-said';

/** The staff privacy-request screen: the queue by status, one request, reveal (audited), decide. */
export function useStaffPrivacy() {
  const [status, setStatus] = useState<PrivacyRequestStatus>('open');
  const [items, setItems] = useState<StaffQueueItem[]>([]);
  const [detail, setDetail] = useState<StaffRequestDetail | null>(null);
  const [revealed, setRevealed] = useState<RevealOutput | null>(null);
  const [error, setError] = useSaid();
  const [decided, setDecided] = useState(false);
  const gate = useFactorGate();

  const load = useCallback(async (next: PrivacyRequestStatus) => {
    setStatus(next);
    setError(null);
    const result = await privacyApi.queue(next);
    if (result.ok) setItems(result.data.items);
    else setError(result.error);
  }, []);

  async function open(id: string) {
    setError(null);
    setRevealed(null);
    setDecided(false);
    const result = await privacyApi.detail(id);
    if (result.ok) setDetail(result.data);
    else setError(result.error);
  }

  /** Full values need a step-up (a code within 5 minutes): the prompt asks, then the reveal is made again. */
  async function reveal() {
    if (!detail) return;
    const { id } = detail;
    setError(null);
    await gate.run(
      () => privacyApi.reveal(id),
      (result) => {
        if (result.ok) setRevealed(result.data);
        else setError(result.error);
      },
    );
  }

  async function decide(outcome: 'approved' | 'refused', reply: string) {
    if (!detail) return;
    const copy = outcome === 'approved' ? tActions.approve : tActions.reject;
    if (!(await confirmAction(copy))) return;
    setError(null);
    const result = await privacyApi.decide(detail.id, outcome, reply);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toastSuccess(copy.done);
    setDecided(true);
    setDetail(null);
    setRevealed(null);
    await load(status);
  }

  return {
    status,
    items,
    detail,
    revealed,
    error,
    decided,
    load,
    open,
    reveal,
    factorPrompt: gate.prompt,
    decide,
    close: () => setDetail(null),
  };
}
