import { maskName } from '../crypto/masking';
import { accessToken } from './bearer-token';
import type { HttpAccessEvent } from './http-event';
import { OAuthError } from './oauth-error';
import type { OidcDeps } from './oidc.deps';
import { sectorOf } from './pairwise-subject';

/** A mobile number as the profile page shows it: the first 3 and last 2 digits. */
function maskPhone(number: string): string {
  return number.length <= 5
    ? '*'.repeat(number.length)
    : `${number.slice(0, 3)}${'*'.repeat(number.length - 5)}${number.slice(-2)}`;
}

/**
 * GET|POST /userinfo (OIDC Core §5.3): the claims of the token's scopes only. `profile` gives the
 * masked name; `phone` the masked number (the full number would need its own consent, not built);
 * `real_name` the verified name and level; `enterprise` the enterprises the person represents or acts for.
 */
export async function userinfoEndpoint(deps: OidcDeps, event: HttpAccessEvent, now: number) {
  const token = await accessToken(deps, event, now);
  if (!token.scopes.includes('openid')) throw new OAuthError('invalid_token', 'openid scope required');
  const client = await deps.repository.client(token.clientId);
  if (!client || client.disabledAt) throw new OAuthError('invalid_token', 'client disabled');
  const person = await deps.people.person(token.accountId);
  if (!person) throw new OAuthError('invalid_token', 'account closed');
  // The same pairwise `sub` as in the ID token (OIDC Core §5.3.2 requires they match).
  const claims: Record<string, unknown> = { sub: deps.subject(sectorOf(client), token.accountId) };
  if (token.scopes.includes('profile')) {
    claims.preferred_username = person.accountName;
    claims.name = maskName(person.realName);
  }
  if (token.scopes.includes('phone') && person.mobile) claims.phone_number = maskPhone(person.mobile);
  if (token.scopes.includes('real_name')) {
    claims.real_name = person.realName;
    claims.verification_level = person.verificationLevel;
  }
  if (token.scopes.includes('enterprise')) claims.enterprises = await deps.people.enterprises(token.accountId, now);
  return claims;
}
