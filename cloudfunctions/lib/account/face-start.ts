import { StartFaceInputSchema, type StartFaceOutput } from '../contract/account';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { requireAccount } from './account-guard';
import { assertAccess } from './account-status';
import { checkCredentials } from './check-credentials';
import { beginFaceSession } from './face-check';
import { parseInput } from '../handler/parse-input';

/** The account bound to this WeChat identity, signed in or not (a forgotten password). */
export async function boundAccount(ctx: CallContext, deps: AccountDeps): Promise<AccountRecord> {
  const binding = await deps.bindings.get(ctx.openid);
  const account = binding ? await deps.accounts.get(binding.accountId) : null;
  if (!account || account.openid !== ctx.openid) throw new AppError('ACCOUNT.NOT_FOUND');
  assertAccess(account, ctx.now.getTime(), 'security');
  return account;
}

/** The bound account, which must be frozen: its owner unfreezes it from the bound WeChat by face. */
export async function frozenBoundAccount(ctx: CallContext, deps: AccountDeps): Promise<AccountRecord> {
  const binding = await deps.bindings.get(ctx.openid);
  const account = binding ? await deps.accounts.get(binding.accountId) : null;
  if (!account || account.openid !== ctx.openid) throw new AppError('ACCOUNT.NOT_FOUND');
  if (account.statusState !== 'frozen') throw new AppError('ACCOUNT.NOT_FROZEN');
  return account;
}

/** The account to rebind: named, proved by its password, and not already this identity's. */
export async function accountToRebind(
  accountName: string,
  password: string,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<AccountRecord> {
  const account = await checkCredentials(accountName, password, ctx, deps);
  assertAccess(account, ctx.now.getTime(), 'security');
  if (account.openid === ctx.openid) throw new AppError('ACCOUNT.WECHAT_ALREADY_BOUND');
  if (await deps.bindings.get(ctx.openid)) throw new AppError('ACCOUNT.WECHAT_ALREADY_BOUND');
  return account;
}

/**
 * Step one of WeChat's face verification: the cloud asks getVerifyId with the account's own name
 * and ID number (never what the device types) and hands back only the verify id.
 */
export async function startFaceVerification(
  input: unknown,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<StartFaceOutput> {
  const data = parseInput(StartFaceInputSchema, input);
  let account: AccountRecord;
  if (data.purpose === 'rebind') account = await accountToRebind(data.accountName, data.password, ctx, deps);
  else if (data.purpose === 'reset') account = await boundAccount(ctx, deps);
  else if (data.purpose === 'unfreeze') account = await frozenBoundAccount(ctx, deps);
  else account = (await requireAccount(ctx, deps, 'security')).account;
  return { verifyId: await beginFaceSession(account, data.purpose, ctx, deps) };
}
