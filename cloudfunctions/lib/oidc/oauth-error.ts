/**
 * RFC 6749 §5.2 error responses. The description is for the service's developers, not the person,
 * and RFC 6749 allows only printable ASCII in it, so it is English.
 */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'invalid_token'
  // RFC 8628 §3.5, reused by the scan-to-sign-in poll: not yet decided, declined, too late.
  | 'authorization_pending'
  | 'access_denied'
  | 'expired_token';

export class OAuthError extends Error {
  readonly status: number;

  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(`${error}: ${description}`);
    this.name = 'OAuthError';
    // §5.2: invalid_client is 401; RFC 6750 §3.1: invalid_token is 401 too.
    this.status = error === 'invalid_client' || error === 'invalid_token' ? 401 : 400;
  }
}
