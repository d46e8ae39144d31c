import type { AuditRecorder } from '../audit/audit-recorder';
import type { AuthorizationRequestInput } from './authorization-request';
import { OIDC_LIFETIMES } from './oidc.config';
import type { OidcClientRecord } from './oidc.records';
import type { OidcRepository } from './oidc.repository';
import type { OidcScope } from './scopes';
import { digest, newSecret } from './token-digest';

export interface IssueCodeDeps {
  repository: OidcRepository;
  newId: () => string;
  audit: AuditRecorder;
}

/**
 * The person approved: their authorization is recorded (service, scopes, the terms shown, when)
 * and a single-use code valid for 60 s is issued, bound to the client, the redirect URI and the
 * PKCE challenge (RFC 6749 §4.1.2, RFC 7636 §4.4). Shared by the redirect and the QR flows.
 */
export async function issueCode(
  deps: IssueCodeDeps,
  grant: { accountId: string; client: OidcClientRecord; scopes: OidcScope[]; request: AuthorizationRequestInput },
  now: number,
): Promise<string> {
  const { accountId, client, scopes, request } = grant;
  const authorizationId = deps.newId();
  await deps.repository.putAuthorization({
    _id: authorizationId,
    accountId,
    clientId: client._id,
    scopes,
    termsUrl: client.termsUrl,
    privacyUrl: client.privacyUrl,
    grantedAt: now,
    lastIssuedAt: now,
    status: 'active',
    revokedAt: null,
  });
  // The authorization is the person's own decision to disclose: kept in the audit chain as well.
  await deps.audit.record({
    at: now,
    actor: accountId,
    action: 'oidc.authorize',
    target: authorizationId,
    details: { client: client._id, scopes: scopes.join(' '), terms: client.termsUrl, privacy: client.privacyUrl },
  });
  const code = newSecret();
  await deps.repository.insertCode({
    _id: digest(code),
    clientId: client._id,
    authorizationId,
    accountId,
    redirectUri: request.redirect_uri,
    scopes,
    codeChallenge: request.code_challenge,
    nonce: request.nonce ?? null,
    createdAt: now,
    expiresAt: now + OIDC_LIFETIMES.codeMs,
  });
  return code;
}
