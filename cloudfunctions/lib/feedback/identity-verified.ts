import type { AccountRecord } from '../account/account.record';
import type { VerificationLevel } from '../contract/account';
import type { FeedbackDeps } from './feedback.deps';
import type { FeedbackRecord } from './feedback.record';

/**
 * The levels that prove who is complaining (policy §10: "在验证您的用户身份后予以回复"). A face
 * check proves the person holding the phone is the document's owner. `document-checked` only
 * proves someone typed a name and number that match: anyone who knows them could have, and an
 * answer about a person's information must not go to someone else. A staff check of the document
 * photo (L2, for permits and passports that WeChat's face check does not take) proves the same.
 */
export const COMPLAINT_IDENTITY_LEVELS: readonly VerificationLevel[] = ['face-verified', 'staff-verified'];

/** The one rule: whether this account's identity is verified enough to answer a privacy complaint. */
export function isIdentityVerifiedForComplaint(
  account: Pick<AccountRecord, 'verificationLevel' | 'statusState'> | null,
): boolean {
  if (!account || account.statusState === 'cancelled') return false;
  return COMPLAINT_IDENTITY_LEVELS.includes(account.verificationLevel);
}

/** Whether the sender of this feedback is verified; a guest is nobody we can verify. */
export async function identityVerified(record: FeedbackRecord, deps: Pick<FeedbackDeps, 'accounts'>): Promise<boolean> {
  if (!record.accountId) return false;
  return isIdentityVerifiedForComplaint(await deps.accounts.get(record.accountId));
}
