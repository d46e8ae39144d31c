import { faceVerificationSupported, type FaceProof, type FacePurpose } from '../contract/account';
import { AppError } from '../errors/app-error';
import type { FaceOutcome, FaceSubject } from '../face/face-verifier';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';

/** Ours is shorter than WeChat's verify id (3600 s): a check is done in one sitting. */
export const FACE_SESSION_MS = 10 * 60_000;

const CLEARED = { faceVerifyId: null, faceOutSeqNo: null, faceOpenid: null, facePurpose: null, faceExpiresAt: null };

/** Refused before any WeChat call: WeChat's check accepts only a mainland resident ID card. */
export function requireFaceSupported(account: AccountRecord): void {
  if (!faceVerificationSupported({ type: account.documentType, region: account.documentRegion }))
    throw new AppError('FACE.DOCUMENT_NOT_SUPPORTED');
}

function subjectOf(account: AccountRecord, openid: string, deps: AccountDeps): FaceSubject {
  if (!account.realName || !account.documentNumber) throw new AppError('ACCOUNT.NOT_FOUND');
  return {
    openid,
    realName: deps.fields.open('realName', account._id, account.realName),
    idCardNumber: deps.fields.open('documentNumber', account._id, account.documentNumber),
  };
}

/** getVerifyId for the account's own name and number, bound to this caller, purpose and a short expiry. */
export async function beginFaceSession(
  account: AccountRecord,
  purpose: FacePurpose,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<string> {
  requireFaceSupported(account);
  const now = ctx.now.getTime();
  const started = await deps.face.start(subjectOf(account, ctx.openid, deps), now);
  await deps.accounts.update(account._id, {
    faceVerifyId: started.verifyId,
    faceOutSeqNo: started.outSeqNo,
    faceOpenid: ctx.openid,
    facePurpose: purpose,
    faceExpiresAt: Math.min(started.expiresAt, now + FACE_SESSION_MS),
    updatedAt: now,
  });
  return started.verifyId;
}

const REFUSALS: Record<
  Exclude<FaceOutcome, 'verified'>,
  'FACE.MISMATCH' | 'FACE.CANCELLED' | 'FACE.FAILED' | 'FACE.UNAVAILABLE'
> = {
  mismatch: 'FACE.MISMATCH',
  cancelled: 'FACE.CANCELLED',
  failed: 'FACE.FAILED',
  unfinished: 'FACE.FAILED',
  'service-error': 'FACE.UNAVAILABLE',
};

/**
 * Uses the caller's face session once: it must be this account's, started by this WeChat identity
 * for this purpose and not expired. It is cleared before WeChat is asked, so a verify id never
 * counts twice; then queryVerifyInfo decides, and anything but a pass throws.
 */
export async function requireFaceMatch(
  account: AccountRecord,
  proof: FaceProof,
  purpose: FacePurpose,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<void> {
  requireFaceSupported(account);
  const now = ctx.now.getTime();
  const ours =
    account.faceVerifyId === proof.verifyId && account.faceOpenid === ctx.openid && account.facePurpose === purpose;
  if (!ours || !account.faceOutSeqNo) throw new AppError('FACE.SESSION_INVALID');
  await deps.accounts.update(account._id, { ...CLEARED, updatedAt: now });
  if ((account.faceExpiresAt ?? 0) <= now) throw new AppError('FACE.SESSION_EXPIRED');
  const outcome = await deps.face.result({
    subject: subjectOf(account, ctx.openid, deps),
    verifyId: proof.verifyId,
    outSeqNo: account.faceOutSeqNo,
    localStandIn: proof.localStandIn,
  });
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'account.face-check',
    target: account._id,
    details: { outcome, purpose, verifier: deps.face.name },
  });
  if (outcome !== 'verified') throw new AppError(REFUSALS[outcome]);
}

/** Only the result and its time are stored (no image ever reaches the cloud). */
export async function markFaceVerified(account: AccountRecord, deps: AccountDeps, now: number): Promise<void> {
  await deps.accounts.update(account._id, { verificationLevel: 'face-verified', faceVerifiedAt: now, updatedAt: now });
}
