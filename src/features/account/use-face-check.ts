import { useState } from 'react';
import type { ProfileView, SignInOutput } from '../../../cloudfunctions/lib/contract/account';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { t } from '../../i18n';
import { startFaceVerification } from '../../platform/face-verification';
import { ROUTES, redirect } from '../../platform/navigation';
import { cloudClient } from '../../services/cloud';

export type FacePurpose = 'rebind' | 'verify';

/**
 * Face verification for two purposes: moving an account to this WeChat (password too), or raising
 * one's own account to face-verified. The name and number typed here go only to WeChat's
 * verification; the cloud compares their digests with what it holds.
 */
export function useFaceCheck(purpose: FacePurpose, initialAccountName: string) {
  const [accountName, setAccountName] = useState(initialAccountName);
  const [password, setPassword] = useState('');
  const [realName, setRealName] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const ready =
    realName.trim().length >= 2 &&
    documentNumber.trim().length >= 8 &&
    (purpose === 'verify' || (accountName && password));

  async function submit() {
    if (!ready || busy) return;
    setBusy(true);
    setError('');
    const attempt = await startFaceVerification(
      realName.trim(),
      documentNumber.trim().toUpperCase(),
      t.account.face.standIn,
    );
    if (attempt.outcome !== 'done') {
      setBusy(false);
      setError(attempt.outcome === 'cancelled' ? t.account.face.cancelled : t.account.face.unavailable);
      return;
    }
    const face = { verifyResult: attempt.verifyResult };
    const result =
      purpose === 'rebind'
        ? await cloudClient.call<SignInOutput, 'account'>('account', FUNCTIONS.account.rebind, {
            accountName,
            password,
            face,
          })
        : await cloudClient.call<ProfileView, 'account'>('account', FUNCTIONS.account.verifyFace, { face });
    setBusy(false);
    if (result.ok) redirect(ROUTES.accountProfile);
    else setError(result.error.message);
  }

  return {
    accountName,
    setAccountName,
    password,
    setPassword,
    realName,
    setRealName,
    documentNumber,
    setDocumentNumber,
    ready,
    busy,
    error,
    submit,
  };
}
