import { noticeContent } from '../contract/notices/notice-text';
import { CloseImpersonatorInputSchema } from '../contract/impersonation';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { requireRole } from './account-guard';
import type { AccountDeps } from './account.deps';
import { closeAccount } from './close-account';

/**
 * An admin closes an account that impersonated a document's owner (agreement §3.2.6): one the
 * owner's verified claim froze, or one the owner shows at the window to be using their document.
 * Closing erases and anonymises it and frees the document (close-account.ts), so the owner can
 * register. An account whose face matched its document is not closed this way: its holder is the
 * document's owner. Audited with the reason; the claimant, if any, is told.
 */
export async function closeImpersonator(input: unknown, ctx: CallContext, deps: AccountDeps) {
  const data = parseInput(CloseImpersonatorInputSchema, input);
  const { account: admin } = await requireRole(ctx, deps, ['admin']);
  const target = await deps.accounts.findByName(data.accountName);
  if (!target || target.statusState === 'cancelled') throw new AppError('ACCOUNT.NOT_FOUND');
  if (target._id === admin._id || target.roles.some((r) => r !== 'user')) throw new AppError('ACCOUNT.FORBIDDEN');
  // The admin whose own document was used does not decide on the claim (separation of duties).
  if (target.impersonating === admin._id) throw new AppError('STAFF.OWN_MATTER');
  if (!target.impersonating && target.verificationLevel === 'face-verified') {
    throw new AppError('ACCOUNT.FACE_VERIFIED_OWNER');
  }
  const now = ctx.now.getTime();
  // Told before closing: the closure erases the inbox with the rest.
  await deps.inbox.notify(target._id, 'account.closed', noticeContent('account.closed', { reason: data.reason }), now);
  await closeAccount(target, deps, now, admin._id);
  await deps.audit.record({
    at: now,
    actor: admin._id,
    action: 'account.impersonator-closed',
    target: target._id,
    details: { reason: data.reason, claimant: target.impersonating ?? null },
  });
  if (target.impersonating) {
    await deps.inbox.notify(
      target.impersonating,
      'account.document-claim',
      noticeContent('account.document-claim', {}),
      now,
    );
  }
  return { accountName: data.accountName, closed: true };
}
