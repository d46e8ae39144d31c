import * as v from 'valibot';
import { requireAccount } from '../account/account-guard';
import { reverifyPassword } from '../account/reverify-password';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { LinkDeps } from './link-deps';
import { configuredProviders } from './linked-providers';
import { PasswordSchema } from './link-start';

/** My linked outside accounts, and the providers I could link. The outside `sub` is not shown. */
export async function listLinked(deps: LinkDeps, _input: unknown, ctx: CallContext) {
  const { account } = await requireAccount(ctx, deps.account, 'read');
  const providers = configuredProviders(deps.env());
  const nameOf = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  const records = await deps.linked.linkedOf(account._id);
  return {
    items: records
      .sort((a, b) => b.linkedAt - a.linkedAt)
      .map((r) => ({
        id: r._id,
        provider: r.provider,
        providerName: nameOf(r.provider),
        linkedAt: new Date(r.linkedAt).toISOString(),
      })),
    providers: providers.map((p) => ({ id: p.id, name: p.name })),
  };
}

/** The providers one may sign in through, for the sign-in page: names only, nothing about anyone. */
export async function listProviders(deps: LinkDeps) {
  return { providers: configuredProviders(deps.env()).map((p) => ({ id: p.id, name: p.name })) };
}

const UnlinkSchema = v.strictObject({ id: v.pipe(v.string(), v.maxLength(64)), password: PasswordSchema });

/** Unlinks at any time (policy §7.1), after the password again, as linking asked. */
export async function unlink(deps: LinkDeps, input: unknown, ctx: CallContext) {
  const { id, password } = parseInput(UnlinkSchema, input);
  const { account } = await requireAccount(ctx, deps.account, 'read');
  const { attempts, config } = deps.account;
  await reverifyPassword(account, password, ctx, { attempts, throttle: config.throttle });
  const record = await deps.linked.linked(id);
  if (!record || record.accountId !== account._id) throw new AppError('LINKED.NOT_FOUND');
  await deps.linked.unbind(id);
  const at = ctx.now.getTime();
  await deps.account.audit.record({
    at,
    actor: account._id,
    action: 'linked.unlink',
    target: account._id,
    details: { provider: record.provider },
  });
  return { unlinked: true };
}
