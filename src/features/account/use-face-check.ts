import { useMemo, useState } from 'react';
import { isStrongPassword, passwordRules } from '../../../cloudfunctions/lib/contract/password-rules';
import type {
  FaceProof,
  ProfileView,
  SignInOutput,
  StartFaceOutput,
} from '../../../cloudfunctions/lib/contract/account';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { tp } from '../../i18n/packages';
import { runFaceVerification } from '../../platform/face-verification';
import { ROUTES, redirect } from '../../platform/navigation';
import { cloudClient } from '../../services/cloud';
import { ensureFaceConsent } from '../consent/face-consent';
import { accountApi } from './account-api';
import { useSaid, type Saying } from '../said/use-said';

export type FacePagePurpose = 'rebind' | 'verify' | 'reset' | 'cancel' | 'unfreeze';

const a = FUNCTIONS.account;

/**
 * Face verification for five purposes: moving an account to this WeChat (password too), raising
 * one's own account to face-verified, setting a new password when the old one is forgotten,
 * asking to close a face-verified account (password too: the cloud refuses it without both), or
 * unfreezing the account bound to this WeChat after its owner froze it as stolen.
 * WeChat's flow: the cloud starts it with the account's own name and ID number (nothing typed
 * here reaches WeChat), the device runs the check, the cloud reads the result.
 */
export function useFaceCheck(purpose: FacePagePurpose, initialAccountName: string) {
  const [accountName, setAccountName] = useState(initialAccountName);
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const rules = useMemo(() => passwordRules(newPassword, accountName), [newPassword, accountName]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid(tp.account.face);
  const [cancellation, setCancellation] = useState<{ effectiveAt: string } | null>(null);
  const ready =
    purpose === 'verify' ||
    purpose === 'unfreeze' ||
    (purpose === 'rebind' && accountName.length > 0 && password.length > 0) ||
    (purpose === 'cancel' && password.length > 0) ||
    (purpose === 'reset' && isStrongPassword(newPassword, accountName));

  function finish(what: Saying<typeof tp.account.face>) {
    setBusy(false);
    setError(what);
  }

  /** Cancelling signs the person out: the page says when the account closes instead of moving on. */
  async function cancelWith(face: FaceProof) {
    const result = await accountApi.requestCancellation(password, face);
    if (!result.ok) return finish(result.error);
    setBusy(false);
    setCancellation({ effectiveAt: result.data.effectiveAt });
  }

  async function finishWith(face: FaceProof) {
    if (purpose === 'cancel') return cancelWith(face);
    const result =
      purpose === 'rebind'
        ? await cloudClient.call<SignInOutput, 'account'>('account', a.rebind, { accountName, password, face })
        : purpose === 'reset'
          ? await cloudClient.call<{ signedOut: true }, 'account'>('account', a.resetPassword, { face, newPassword })
          : purpose === 'unfreeze'
            ? await cloudClient.call<{ unfrozen: true }, 'account'>('account', a.unfreeze, face)
            : await cloudClient.call<ProfileView, 'account'>('account', a.confirmFaceVerification, face);
    if (!result.ok) return finish(result.error);
    setBusy(false);
    // Unfreezing ends no session and starts none: the owner signs in again (and should change the password).
    redirect(purpose === 'reset' || purpose === 'unfreeze' ? ROUTES.accountSignIn : ROUTES.accountProfile);
  }

  async function submit() {
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    const consent = await ensureFaceConsent();
    if (consent) return finish(consent);
    const startInput = purpose === 'rebind' ? { purpose, accountName, password } : { purpose };
    const started = await cloudClient.call<StartFaceOutput, 'account'>('account', a.startFaceVerification, startInput);
    if (!started.ok) return finish(started.error);
    const { verifyId } = started.data;
    const attempt = await runFaceVerification(verifyId, tp.account.face.standIn);
    if (attempt.outcome === 'cancelled') return finish('cancelled');
    if (attempt.outcome === 'refused') return finish(attempt);
    if (attempt.outcome === 'unavailable') return finish('unavailable');
    await finishWith(attempt.localStandIn ? { verifyId, localStandIn: attempt.localStandIn } : { verifyId });
  }

  return {
    accountName,
    setAccountName,
    password,
    setPassword,
    newPassword,
    setNewPassword,
    rules,
    ready,
    busy,
    error,
    cancellation,
    submit,
  };
}
