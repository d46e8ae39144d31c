import { StaffFindInputSchema, type StaffAccountView } from '../contract/account';
import { maskName } from '../crypto/masking';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import { requireRole } from './account-guard';
import { statusView } from './account-status';
import { parseInput } from '../handler/parse-input';

/**
 * Staff look an account up by its name before setting its status or roles: status with reason and
 * date, roles, the real name masked (enough to confirm the person on the phone). The read is audited.
 */
export async function staffFindAccount(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<StaffAccountView> {
  const { accountName } = parseInput(StaffFindInputSchema, input);
  const { account: staff } = await requireRole(ctx, deps, ['staff', 'admin']);
  const target = await deps.accounts.findByName(accountName);
  if (!target || target.statusState === 'cancelled') throw new AppError('ACCOUNT.NOT_FOUND');
  const now = ctx.now.getTime();
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: 'account.staff-viewed',
    target: target._id,
    subject: target._id,
    details: {},
  });
  return {
    accountName: target.accountName,
    realName: target.realName === null ? '' : maskName(deps.fields.open('realName', target._id, target.realName)),
    status: statusView(target, now),
    roles: target.roles,
    verificationLevel: target.verificationLevel,
    createdAt: new Date(target.createdAt).toISOString(),
  };
}
