import * as v from 'valibot';
import { requireAccount } from '../account/account-guard';
import { reverifyPassword } from '../account/reverify-password';
import { callerDigest } from '../audit/caller-digest';
import { PASSWORD_MAX } from '../contract/password-rules';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { LINK_STATE_MS, type LinkDeps } from './link-deps';
import { providerById } from './linked-providers';
import { authorizationUrl, randomToken } from './relying-party';

export const PasswordSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(PASSWORD_MAX));
export const ProviderId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,31}$/));
const StartSchema = v.variant('purpose', [
  // Linking binds a sign-in means to the account: the password again first, as for the other
  // sensitive changes (change-password, update-profile, cancellation).
  v.strictObject({ purpose: v.literal('link'), provider: ProviderId, password: PasswordSchema }),
  v.strictObject({ purpose: v.literal('sign-in'), provider: ProviderId }),
]);

/**
 * Starts a link, or a sign-in through a linked account: the provider's authorization URL to open.
 * state, nonce and the PKCE verifier stay here, in the cloud, for LINK_STATE_MS.
 */
export async function startLink(deps: LinkDeps, input: unknown, ctx: CallContext) {
  const data = parseInput(StartSchema, input);
  const provider = providerById(deps.env(), data.provider);
  let accountId: string | null = null;
  if (data.purpose === 'link') {
    const { account } = await requireAccount(ctx, deps.account, 'write');
    const { attempts, config } = deps.account;
    await reverifyPassword(account, data.password, ctx, { attempts, throttle: config.throttle });
    accountId = account._id;
  }
  const check = { state: randomToken(), nonce: randomToken(), verifier: randomToken() };
  const url = await authorizationUrl(provider, check);
  const now = ctx.now.getTime();
  await deps.linked.putState({
    _id: check.state,
    purpose: data.purpose,
    provider: provider.id,
    accountId,
    caller: callerDigest(ctx.openid),
    nonce: check.nonce,
    verifier: check.verifier,
    createdAt: now,
    expiresAt: now + LINK_STATE_MS,
  });
  return { authorizationUrl: url, expiresAt: new Date(now + LINK_STATE_MS).toISOString() };
}
