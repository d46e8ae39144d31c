import * as v from 'valibot';
import { AppError } from '../errors/app-error';
import type { OidcClientRecord } from './oidc.records';
import type { OidcRepository } from './oidc.repository';
import { parseScope, type OidcScope } from './scopes';

/** The authorization request's parameters (RFC 6749 §4.1.1, RFC 7636 §4.3, OIDC Core §3.1.2.1). */
export const AuthorizationRequestSchema = v.strictObject({
  client_id: v.pipe(v.string(), v.maxLength(64)),
  redirect_uri: v.pipe(v.string(), v.maxLength(512)),
  response_type: v.literal('code'),
  scope: v.pipe(v.string(), v.maxLength(256)),
  state: v.optional(v.pipe(v.string(), v.maxLength(512))),
  nonce: v.optional(v.pipe(v.string(), v.maxLength(256))),
  // PKCE with S256 only: `plain` would hand the verifier to anyone who sees the request.
  code_challenge: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
  code_challenge_method: v.literal('S256'),
});

/** The parameters a request may carry; anything else a service sends is ignored (RFC 6749 §3.1). */
export const AUTHORIZATION_PARAMS = Object.keys(
  AuthorizationRequestSchema.entries,
) as (keyof AuthorizationRequestInput)[];

export type AuthorizationRequestInput = v.InferOutput<typeof AuthorizationRequestSchema>;

export interface CheckedRequest {
  input: AuthorizationRequestInput;
  client: OidcClientRecord;
  scopes: OidcScope[];
}

/**
 * A request is refused, never redirected, unless its client is known and its redirect_uri is one of
 * the client's registered ones, compared exactly (RFC 6749 §3.1.2.3, §4.1.2.1; RFC 9700 §4.1.3).
 */
export async function checkAuthorizationRequest(repository: OidcRepository, raw: unknown): Promise<CheckedRequest> {
  const parsed = v.safeParse(AuthorizationRequestSchema, raw);
  if (!parsed.success) throw new AppError('OIDC.REQUEST_INVALID');
  const input = parsed.output;
  const client = await repository.client(input.client_id);
  if (!client || client.disabledAt) throw new AppError('OIDC.CLIENT_UNKNOWN');
  if (!client.redirectUris.includes(input.redirect_uri)) throw new AppError('OIDC.REQUEST_INVALID');
  const { scopes, unknown } = parseScope(input.scope);
  if (unknown.length > 0 || !scopes.includes('openid') || scopes.some((s) => !client.allowedScopes.includes(s))) {
    throw new AppError('OIDC.REQUEST_INVALID');
  }
  return { input, client, scopes };
}
