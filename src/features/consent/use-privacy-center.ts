import { useCallback, useState } from 'react';
import type {
  ConsentReceipt,
  ConsentStatusOutput,
  SensitivePurpose,
  VerifyLedgerOutput,
} from '../../../cloudfunctions/lib/contract/consent';
import { tp } from '../../i18n/packages';
import { refusalOf, refusalText, type ClientError } from '../../i18n/server-errors';
import { confirm, toast } from '../../platform/dialog';
import { consentApi } from './consent-api';
import { LAUNCH_DOCUMENT_IDS, declineLaunchConsent, readLaunchConsent, syncLaunchConsent } from './launch-consent';
import { ensureSensitiveConsent, forgetSensitiveConsent, withdrawSensitiveConsent } from './sensitive-consent';

interface CenterState {
  /** Null for a guest: nothing is read from the cloud for someone who has not agreed. */
  status: ConsentStatusOutput | null;
  history: ConsentReceipt[];
  nextBeforeSeq: number | null;
  verified: VerifyLedgerOutput | null;
  loading: boolean;
  /** Why loading failed, as the cloud said it (worded at render). */
  error: ClientError | null;
}

const INITIAL: CenterState = {
  status: null,
  history: [],
  nextBeforeSeq: null,
  verified: null,
  loading: false,
  error: null,
};

/** The privacy center: my consent now, my history with receipts, withdrawal as easy as agreeing. */
export function usePrivacyCenter() {
  const [state, setState] = useState<CenterState>(INITIAL);

  const load = useCallback(async () => {
    const launch = readLaunchConsent();
    if (launch === 'declined' || launch === 'undecided') {
      setState(INITIAL);
      return;
    }
    setState((s) => ({ ...s, loading: true, error: null }));
    const [status, history] = await Promise.all([consentApi.status(), consentApi.history()]);
    if (!status.ok || !history.ok) {
      const error = !status.ok ? status.error : !history.ok ? history.error : null;
      setState((s) => ({ ...s, loading: false, error }));
      return;
    }
    syncLaunchConsent(status.data, new Date());
    setState({
      status: status.data,
      history: history.data.entries,
      nextBeforeSeq: history.data.nextBeforeSeq,
      verified: null,
      loading: false,
      error: null,
    });
  }, []);

  const more = useCallback(async () => {
    if (state.nextBeforeSeq === null) return;
    const result = await consentApi.history(state.nextBeforeSeq);
    if (!result.ok) return toast(result.error.message);
    setState((s) => ({
      ...s,
      history: [...s.history, ...result.data.entries],
      nextBeforeSeq: result.data.nextBeforeSeq,
    }));
  }, [state.nextBeforeSeq]);

  const withdrawAll = useCallback(async (): Promise<boolean> => {
    const sure = await confirm({
      title: tp.privacyCenter.withdrawTitle,
      content: tp.privacyCenter.withdrawContent,
      confirmText: tp.privacyCenter.withdrawConfirm,
      cancelText: tp.privacyCenter.withdrawCancel,
    });
    if (!sure) return false;
    const result = await consentApi.withdraw(LAUNCH_DOCUMENT_IDS, 'privacy-center');
    if (!result.ok) {
      toast(result.error.message);
      return false;
    }
    declineLaunchConsent(new Date());
    forgetSensitiveConsent();
    toast(tp.privacyCenter.withdrawn);
    setState(INITIAL);
    return true;
  }, []);

  const withdrawSensitive = useCallback(
    async (purpose: SensitivePurpose) => {
      const result = await withdrawSensitiveConsent(purpose);
      if (result.status === 'failed') return toast(result.message);
      await load();
    },
    [load],
  );

  // The switch a refusal for want of a separate consent leads to (CONSENT.SENSITIVE_REQUIRED).
  const grantSensitive = useCallback(
    async (purpose: SensitivePurpose) => {
      forgetSensitiveConsent(purpose);
      const result = await ensureSensitiveConsent(purpose, { channel: 'privacy-center' });
      if (result.status === 'failed') return toast(result.message);
      await load();
    },
    [load],
  );

  const verify = useCallback(async () => {
    const result = await consentApi.verify();
    if (!result.ok) return toast(result.error.message);
    setState((s) => ({ ...s, verified: result.data }));
  }, []);

  const error = state.error && refusalText(refusalOf(state.error));
  return { ...state, error, load, more, withdrawAll, withdrawSensitive, grantSensitive, verify };
}
