import { useMemo, useState } from 'react';
import { isStrongPassword, passwordRules } from '../../../cloudfunctions/lib/contract/password-rules';
import type { ProfileView, SignInOutput } from '../../../cloudfunctions/lib/contract/account';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { t } from '../../i18n';
import { startFaceVerification } from '../../platform/face-verification';
import { ROUTES, redirect } from '../../platform/navigation';
import { cloudClient } from '../../services/cloud';
import { ensureFaceConsent } from '../consent/face-consent';

export type FacePurpose = 'rebind' | 'verify' | 'reset';

/**
 * Face verification for three purposes: moving an account to this WeChat (password too), raising
 * one's own account to face-verified, or setting a new password when the old one is forgotten. The name and number typed here go only to WeChat's
 * verification; the cloud compares their digests with what it holds.
 */
export function useFaceCheck(purpose: FacePurpose, initialAccountName: string) {
  const [accountName, setAccountName] = useState(initialAccountName);
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const rules = useMemo(() => passwordRules(newPassword, accountName), [newPassword, accountName]);
  const [realName, setRealName] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const purposeReady =
    purpose === 'verify' ||
    (purpose === 'rebind' && accountName.length > 0 && password.length > 0) ||
    (purpose === 'reset' && isStrongPassword(newPassword, accountName));
  const ready = realName.trim().length >= 2 && documentNumber.trim().length >= 8 && purposeReady;

  async function submit() {
    if (!ready || busy) return;
    setBusy(true);
    setError('');
    const consent = await ensureFaceConsent();
    if (consent) {
      setBusy(false);
      setError(consent);
      return;
    }
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
    const a = FUNCTIONS.account;
    const result =
      purpose === 'rebind'
        ? await cloudClient.call<SignInOutput, 'account'>('account', a.rebind, { accountName, password, face })
        : purpose === 'reset'
          ? await cloudClient.call<{ signedOut: true }, 'account'>('account', a.resetPassword, { face, newPassword })
          : await cloudClient.call<ProfileView, 'account'>('account', a.verifyFace, { face });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else redirect(purpose === 'reset' ? ROUTES.accountSignIn : ROUTES.accountProfile);
  }

  return {
    accountName,
    setAccountName,
    password,
    setPassword,
    newPassword,
    setNewPassword,
    rules,
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
