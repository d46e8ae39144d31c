import { noticeContent, noticeInstant } from '../contract/notices/notice-text';
import { FaceProofSchema } from '../contract/account';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { AccountDeps } from './account.deps';
import { statusChange } from './account-status';
import { requireFaceMatch } from './face-check';
import { frozenBoundAccount } from './face-start';

const FROZEN_REASON = '账号所有人报告账号被盗，已冻结';

/**
 * "My account was stolen" (issue 15): from the bound WeChat identity, signed in or not (a thief may
 * have signed the owner out), one call freezes the account at once: every session ends, sign-in and
 * every action are refused (ACCOUNT.FROZEN) until the owner unfreezes it by face or staff do after
 * checking identity. Audited; the owner is told in the inbox and on the security alert channel.
 */
export async function freezeStolen(ctx: CallContext, deps: AccountDeps): Promise<{ frozen: true }> {
  const binding = await deps.bindings.get(ctx.openid);
  const account = binding ? await deps.accounts.get(binding.accountId) : null;
  if (!account || account.openid !== ctx.openid || account.statusState === 'cancelled')
    throw new AppError('ACCOUNT.NOT_FOUND');
  const now = ctx.now.getTime();
  if (account.statusState !== 'frozen') {
    await deps.accounts.update(account._id, statusChange('frozen', FROZEN_REASON, account._id, now));
  }
  const ended = await deps.sessions.endForAccount(account._id, now, 'frozen');
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'account.frozen-stolen',
    target: account._id,
    details: { sessionsEnded: ended, before: account.statusState },
  });
  await deps.inbox.notify(
    account._id,
    'security.account-frozen',
    noticeContent('security.account-frozen', { time: noticeInstant(now) }),
    now,
  );
  return { frozen: true };
}

/** The owner unfreezes from the bound WeChat after a face verification started for `unfreeze`. */
export async function unfreezeByFace(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<{ unfrozen: true }> {
  const face = parseInput(FaceProofSchema, input);
  const account = await frozenBoundAccount(ctx, deps);
  await requireFaceMatch(account, face, 'unfreeze', ctx, deps);
  const now = ctx.now.getTime();
  await deps.accounts.update(account._id, statusChange('active', null, account._id, now));
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'account.unfrozen',
    target: account._id,
    details: { via: 'face' },
  });
  await deps.inbox.notify(
    account._id,
    'security.account-unfrozen',
    noticeContent('security.account-unfrozen', { time: noticeInstant(now) }),
    now,
  );
  return { unfrozen: true };
}
