import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';

/** Runs the face verifier for the account's own name and document; anything but a match throws. */
export async function requireFaceMatch(
  account: AccountRecord,
  verifyResult: string,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<void> {
  if (!account.realName || !account.documentNumber) throw new AppError('ACCOUNT.NOT_FOUND');
  const outcome = await deps.face.check({
    verifyResult,
    openid: ctx.openid,
    realName: deps.fields.open('realName', account._id, account.realName),
    documentType: account.documentType,
    documentNumber: deps.fields.open('documentNumber', account._id, account.documentNumber),
    now: ctx.now,
  });
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: account._id,
    action: 'account.face-check',
    target: account._id,
    details: { outcome, verifier: deps.face.name },
  });
  switch (outcome) {
    case 'verified':
      return;
    case 'cancelled':
      throw new AppError('ACCOUNT.FACE_CANCELLED');
    case 'service-error':
      throw new AppError('ACCOUNT.FACE_UNAVAILABLE');
    case 'unsupported-document':
      throw new AppError('ACCOUNT.FACE_UNSUPPORTED');
    default:
      throw new AppError('ACCOUNT.FACE_MISMATCH');
  }
}

/** Only the result and its time are stored (no image ever reaches the cloud). */
export async function markFaceVerified(account: AccountRecord, deps: AccountDeps, now: number): Promise<void> {
  await deps.accounts.update(account._id, { verificationLevel: 'face-verified', faceVerifiedAt: now, updatedAt: now });
}
