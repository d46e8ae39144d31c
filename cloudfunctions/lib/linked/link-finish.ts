import * as v from 'valibot';
import { requireAccount } from '../account/account-guard';
import { finishSignIn } from '../account/sign-in';
import { callerDigest } from '../audit/caller-digest';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { bindKey } from './bind-key';
import type { LinkDeps } from './link-deps';
import { providerById } from './linked-providers';
import type { LinkStateRecord } from './linked.records';
import { verifiedSubject } from './relying-party';

const FinishSchema = v.strictObject({
  state: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  code: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
});

/**
 * The provider sent the person back with `code` and `state`. The state is taken once (a replay finds
 * nothing), must have been started by this WeChat identity and not be stale; the code is exchanged
 * and the ID token verified; then the outside account is bound (link) or its account signed in.
 */
export async function finishLink(deps: LinkDeps, input: unknown, ctx: CallContext) {
  const { state: stateId, code } = parseInput(FinishSchema, input);
  const now = ctx.now.getTime();
  const state = await deps.linked.takeState(stateId);
  if (!state || state.caller !== callerDigest(ctx.openid) || state.expiresAt <= now)
    throw new AppError('LINKED.STATE_INVALID');
  const provider = providerById(deps.env(), state.provider);
  const sub = await verifiedSubject(provider, code, state);
  const id = bindKey(provider.issuer, sub);
  if (state.purpose === 'sign-in') return signInLinked(deps, id, ctx);
  return { linked: await bind(deps, state, { id, issuer: provider.issuer, sub }, ctx) };
}

async function bind(
  deps: LinkDeps,
  state: LinkStateRecord,
  outside: { id: string; issuer: string; sub: string },
  ctx: CallContext,
) {
  const { account } = await requireAccount(ctx, deps.account, 'write');
  // The session may have changed hands between start and finish: link only to whom started it.
  if (account._id !== state.accountId) throw new AppError('LINKED.STATE_INVALID');
  const now = ctx.now.getTime();
  const record = {
    _id: outside.id,
    accountId: account._id,
    provider: state.provider,
    issuer: outside.issuer,
    sub: outside.sub,
    linkedAt: now,
  };
  if (!(await deps.linked.bind(record))) {
    const existing = await deps.linked.linked(outside.id);
    // Linking the same outside account to the same person again is done already, not an error.
    if (existing?.accountId !== account._id) throw new AppError('LINKED.BOUND_ELSEWHERE');
  }
  await deps.account.audit.record({
    at: now,
    actor: account._id,
    action: 'linked.link',
    target: account._id,
    details: { provider: state.provider },
  });
  return { id: outside.id, provider: state.provider };
}

/** Signs in the account bound to the outside account, under the same WeChat-identity rules as the password. */
async function signInLinked(deps: LinkDeps, id: string, ctx: CallContext) {
  const binding = await deps.linked.linked(id);
  const account = binding ? await deps.account.accounts.get(binding.accountId) : null;
  if (!account) throw new AppError('LINKED.NOT_LINKED');
  return finishSignIn(account, ctx, deps.account);
}
