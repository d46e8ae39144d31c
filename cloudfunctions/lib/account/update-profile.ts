import { UpdateProfileInputSchema, type ProfileView } from '../contract/account';
import { reverifyPassword } from './reverify-password';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { requireAccount } from './account-guard';
import { parseInput } from '../handler/parse-input';
import { toProfileView } from './profile-view';

/**
 * Changes what a person may change: mobile (with the password again), mailing address, contact.
 * Real name and document are the initial registration information (policy §4.3): the schema has
 * no field for them, and a correction goes to staff.
 */
export async function updateProfile(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<ProfileView> {
  const data = parseInput(UpdateProfileInputSchema, input);
  const { account } = await requireAccount(ctx, deps, 'write');
  const now = ctx.now.getTime();
  const patch: Partial<AccountRecord> = { updatedAt: now };
  if (data.mobile) {
    if (!data.password) throw new AppError('ACCOUNT.PASSWORD_INCORRECT');
    await reverifyPassword(account, data.password, ctx, { attempts: deps.attempts, throttle: deps.config.throttle });
    patch.mobileCountryCode = data.mobile.countryCode;
    patch.mobileNumber = deps.fields.seal('mobileNumber', account._id, data.mobile.number);
    patch.mobileIndex = deps.fields.mobileIndex(data.mobile.countryCode, data.mobile.number);
  }
  if (data.address !== undefined) {
    patch.address = data.address ? deps.fields.seal('address', account._id, data.address) : null;
  }
  if (data.contact !== undefined) {
    patch.contact = data.contact ? deps.fields.seal('contact', account._id, data.contact) : null;
  }
  await deps.accounts.update(account._id, patch);
  const changed = Object.keys(patch).filter(
    (k) => k !== 'updatedAt' && k !== 'mobileIndex' && k !== 'mobileCountryCode',
  );
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'account.profile-updated',
    target: account._id,
    details: { fields: changed.join(',') },
  });
  return toProfileView({ ...account, ...patch }, deps.fields, now);
}
