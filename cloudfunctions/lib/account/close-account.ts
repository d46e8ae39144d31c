import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { documentClaim } from './unique-claims';

/**
 * Closes an account at the end of its cooling-off period: personal information is deleted, the
 * name is released, the WeChat binding removed. Kept, as the law requires: the audit log (network
 * logs ≥ 6 months, Cybersecurity Law art. 21), the consent ledger (proof of consent, PIPL art. 13),
 * and records of matters handled, which belong to the bureau's files, under the account id only.
 */
export async function closeAccount(
  account: AccountRecord,
  deps: AccountDeps,
  now: number,
  actor: string,
): Promise<void> {
  await deps.accounts.update(account._id, {
    accountName: `closed-${account._id}`,
    passwordHash: '',
    openid: null,
    realName: null,
    documentNumber: null,
    documentIndex: null,
    birthDate: null,
    mobileCountryCode: null,
    mobileNumber: null,
    mobileIndex: null,
    address: null,
    contact: null,
    roles: [],
    statusState: 'cancelled',
    statusReason: null,
    statusUntil: null,
    cancellationPending: false,
    closedAt: now,
    updatedAt: now,
  });
  if (account.openid) await deps.bindings.remove(account.openid);
  // The claim's id is the document's blind index: it goes with the rest of the identity.
  if (account.documentIndex) await deps.claims.release(documentClaim(account.documentIndex), account._id);
  await deps.sessions.endForAccount(account._id, now, 'closed');
  await deps.audit.record({ at: now, actor, action: 'account.close', target: account._id, details: {} });
}

/** Closes every account whose cooling-off period has ended. */
export async function closeDueCancellations(deps: AccountDeps, now: number, actor = 'system'): Promise<number> {
  const due = (await deps.accounts.pendingCancellations()).filter(
    (a) => a.cancellationEffectiveAt !== null && a.cancellationEffectiveAt <= now,
  );
  for (const account of due) await closeAccount(account, deps, now, actor);
  return due.length;
}
