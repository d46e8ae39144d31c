import { ERASABLE_DATA } from '../contract/privacy';
import { erasePersonalData } from '../erasure/erase-personal-data';
import { pseudonymiseLedger } from '../erasure/pseudonymise-ledger';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { documentClaim } from './unique-claims';

/**
 * Closes an account at the end of its cooling-off period (policy §8.5, PIPL art. 47): everything
 * personal is erased (feedback with its media, uploads, inbox, sessions, notice settings; the IP
 * and device in the consent ledger), then the account is anonymised, the name released and the
 * WeChat binding removed. The erasure goes first: if it fails, the account is still pending and
 * the next run erases again (idempotent). Kept, as the law requires (lib/erasure/personal-data.ts):
 * the audit log, the consent ledger (pseudonymised), and records of matters handled, which belong
 * to the bureau's files, under the account id only.
 */
export async function closeAccount(
  account: AccountRecord,
  deps: AccountDeps,
  now: number,
  actor: string,
): Promise<void> {
  const erasure = { accountId: account._id, reason: 'account-closed' as const, actor, target: account._id, at: now };
  await erasePersonalData({ ...erasure, data: ERASABLE_DATA }, deps.erasure);
  if (account.openid) await pseudonymiseLedger(account.openid, now, deps.erasure);
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
