import type { FeedbackDeps } from './feedback.deps';
import type { FeedbackRecord } from './feedback.record';

/**
 * Whether the sender's identity is verified (policy §10): an account whose real name was checked
 * against the identity document (L2, at registration) or by face. A guest is nobody we can verify.
 */
export async function identityVerified(record: FeedbackRecord, deps: Pick<FeedbackDeps, 'accounts'>): Promise<boolean> {
  if (!record.accountId) return false;
  const account = await deps.accounts.get(record.accountId);
  if (!account || account.statusState === 'cancelled') return false;
  return account.verificationLevel === 'document-checked' || account.verificationLevel === 'face-verified';
}
