import { AppError } from '../errors/app-error';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { documentClaim } from './unique-claims';

/**
 * Writes a new account so that the database, not an earlier read, decides the races of issue 15
 * (finding 2): the WeChat binding is claimed first (its `_id` is the openid), then the account is
 * inserted (the unique index on `accountName`), then its document is claimed (`_id` from the
 * blind index). A loser undoes what it wrote and gets the business code; `then` runs only for the
 * winner, and a failure there undoes everything too.
 */
export async function insertClaimed(
  account: AccountRecord & { openid: string },
  deps: AccountDeps,
  then: () => Promise<void>,
): Promise<void> {
  const now = account.createdAt;
  const bound = await deps.bindings.claim({
    _id: account.openid,
    accountId: account._id,
    boundAt: now,
    via: 'registration',
  });
  if (!bound) throw new AppError('ACCOUNT.WECHAT_ALREADY_BOUND');
  let inserted = false;
  let claimed = false;
  // A claimant (document-claim.ts) holds no document yet: nothing to claim.
  const index = account.documentIndex;
  const key = index ? documentClaim(index) : null;
  try {
    inserted = await deps.accounts.insertUnique(account);
    if (!inserted) throw new AppError('ACCOUNT.NAME_UNAVAILABLE');
    if (!key) {
      await then();
      return;
    }
    claimed = await deps.claims.claim(key, account._id, now, async ({ holder }) => {
      // A claim held by a closed account, or by one whose document was corrected, is free again.
      // The holder's account is written before its claim, so a missing one was undone.
      const other = await deps.accounts.get(holder);
      return !other || other.documentIndex !== index;
    });
    if (!claimed) throw new AppError('ACCOUNT.DOCUMENT_REGISTERED');
    await then();
  } catch (error) {
    if (claimed && key) await deps.claims.release(key, account._id);
    if (inserted) await deps.accounts.remove(account._id);
    await deps.bindings.remove(account.openid);
    throw error;
  }
}
