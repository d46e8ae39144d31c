import { requireAccount } from '../account/account-guard';
import { SetPreferenceInputSchema, type PreferencesView } from '../contract/notify';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { NotifyDeps } from './notify.deps';
import { choiceKey, isLocked, preferenceRows } from './preferences';

export async function getPreferences(_input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<PreferencesView> {
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const prefs = await deps.preferences.get(account._id);
  const addresses = deps.delivery.addresses(account);
  return {
    rows: preferenceRows(prefs?.choices),
    addresses: { wechat: account.openid !== null, sms: addresses.sms !== null, email: addresses.email !== null },
  };
}

/** Turns one kind on or off for one channel. Security and legal notices cannot be turned off. */
export async function setPreference(input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<PreferencesView> {
  const data = parseInput(SetPreferenceInputSchema, input);
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  if (isLocked(data.kind) && !data.enabled) throw new AppError('NOTIFY.KIND_LOCKED');
  await deps.preferences.set(account._id, choiceKey(data.kind, data.channel), data.enabled, ctx.now.getTime());
  return getPreferences(undefined, ctx, deps);
}
