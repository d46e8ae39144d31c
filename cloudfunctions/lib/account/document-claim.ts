import { noticeContent } from '../contract/notices/notice-text';
import { statusChange } from './account-status';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { documentClaim } from './unique-claims';

type ClaimDeps = Pick<AccountDeps, 'accounts' | 'claims' | 'inbox' | 'audit'>;

const FROZEN_REASON = '该证件已由其本人核验认领，本账号已冻结，请携本人证件到服务窗口说明情况';

/**
 * Impostor recovery (issue 15 finding 7; agreement §3.1.3, §3.2.6): the real owner of a document
 * another account registered with registers as its claimant (the account holds no document yet).
 * Once the claimant's real name is verified (L2: WeChat face check against that name and number,
 * or staff from the document photo), the document moves to them: the other account is frozen
 * (suspended without an end, until staff close it), its owner told, the move audited. An account
 * that is itself at L2 is not frozen automatically: two verified claims are for staff to settle.
 */
export async function settleDocumentClaim(claimant: AccountRecord, deps: ClaimDeps, now: number): Promise<void> {
  const index = claimant.claimsDocument;
  if (!index) return;
  const holder = await deps.accounts.findByDocumentIndex(index);
  if (holder && holder._id !== claimant._id) {
    if (holder.verificationLevel === 'face-verified' || holder.verificationLevel === 'staff-verified') {
      await deps.audit.record({
        at: now,
        actor: claimant._id,
        action: 'account.document-claim-disputed',
        target: holder._id,
        details: {},
      });
      return;
    }
    await deps.accounts.update(holder._id, {
      documentIndex: null,
      impersonating: claimant._id,
      ...statusChange('suspended', FROZEN_REASON, 'system', now),
    });
    await deps.inbox.notify(holder._id, 'account.status.suspended', noticeContent('account.claim-frozen', {}), now);
  }
  // The other account no longer carries the document, so its claim is stale and is taken over.
  const key = documentClaim(index);
  const moved = await deps.claims.claim(key, claimant._id, now, async ({ holder: id }) => {
    const other = await deps.accounts.get(id);
    return !other || other.documentIndex !== index;
  });
  if (!moved) return;
  await deps.accounts.update(claimant._id, { documentIndex: index, claimsDocument: null, updatedAt: now });
  await deps.audit.record({
    at: now,
    actor: claimant._id,
    action: 'account.document-claimed',
    target: claimant._id,
    details: { frozen: holder && holder._id !== claimant._id ? holder._id : null },
  });
}
