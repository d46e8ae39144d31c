import { randomBytes } from 'node:crypto';
import { AppError } from '../errors/app-error';
import { AUTHORIZATION_PARAMS, checkAuthorizationRequest } from './authorization-request';
import { authenticateClient } from './client-auth';
import { formParams, type HttpAccessEvent } from './http-event';
import { OAuthError } from './oauth-error';
import type { OidcClientRecord } from './oidc.records';
import type { OidcDeps } from './oidc.deps';

/** A QR code lives 3 minutes (the brief: 2–5); the service polls at most every 2 s (RFC 8628 §3.2). */
export const QR_LIFETIME_SECONDS = 180;
const POLL_INTERVAL_SECONDS = 2;
/** The consent page the scanned code opens; the mini-program code's `scene` is `q=<id>`. */
export const QR_CONSENT_PAGE = 'packages/oidc/pages/consent/index';

async function authenticated(deps: OidcDeps, event: HttpAccessEvent): Promise<[OidcClientRecord, URLSearchParams]> {
  if (event.httpMethod !== 'POST') throw new OAuthError('invalid_request', 'POST required');
  const params = formParams(event);
  if (!params) throw new OAuthError('invalid_request', 'application/x-www-form-urlencoded required');
  return [await authenticateClient(event, params, deps.repository), params];
}

/**
 * POST /qr/start: the service (authenticated as at the token endpoint) hands over its authorization
 * request, checked as the redirect flow checks it, and gets a short id to show as a QR code.
 */
export async function qrStartEndpoint(deps: OidcDeps, event: HttpAccessEvent, now: number) {
  const [client, params] = await authenticated(deps, event);
  const request: Record<string, string> = { client_id: client._id };
  for (const name of AUTHORIZATION_PARAMS) {
    const value = params.get(name);
    if (value !== null && name !== 'client_id') request[name] = value;
  }
  if (params.get('client_id') !== null && params.get('client_id') !== client._id) {
    throw new OAuthError('invalid_request', 'client_id mismatch');
  }
  try {
    await checkAuthorizationRequest(deps.repository, request);
  } catch (error) {
    if (error instanceof AppError) throw new OAuthError('invalid_request', 'authorization request is invalid');
    throw error;
  }
  // 72 random bits: unguessable while the code lives, short enough for a mini-program code's scene.
  const id = randomBytes(9).toString('base64url');
  await deps.repository.insertQrSession({
    _id: id,
    clientId: client._id,
    request,
    status: 'pending',
    code: null,
    accountId: null,
    createdAt: now,
    expiresAt: now + QR_LIFETIME_SECONDS * 1000,
    decidedAt: null,
  });
  return {
    qr_id: id,
    // What the QR code holds: scanned in 琴易办 (wx.scanCode) or as the page's scene.
    qr_content: `${deps.issuer}/qr/${id}`,
    mini_program: { page: QR_CONSENT_PAGE, scene: `q=${id}` },
    expires_in: QR_LIFETIME_SECONDS,
    interval: POLL_INTERVAL_SECONDS,
  };
}

/**
 * POST /qr/poll with `qr_id`: RFC 8628 §3.5's answers until the person decides; once approved,
 * the code and state are handed over exactly once, to the service that started the session.
 */
export async function qrPollEndpoint(deps: OidcDeps, event: HttpAccessEvent, now: number) {
  const [client, params] = await authenticated(deps, event);
  const id = params.get('qr_id');
  if (!id) throw new OAuthError('invalid_request', 'qr_id is required');
  const session = await deps.repository.qrSession(id);
  if (!session || session.clientId !== client._id) throw new OAuthError('invalid_grant', 'qr session is unknown');
  if (session.status === 'delivered') throw new OAuthError('invalid_grant', 'qr session was used');
  if (session.status === 'denied') throw new OAuthError('access_denied', 'the person declined');
  if (session.expiresAt <= now) throw new OAuthError('expired_token', 'qr session expired');
  if (session.status === 'pending' || session.code === null) {
    throw new OAuthError('authorization_pending', 'waiting for the person');
  }
  const delivered = await deps.repository.moveQrSession(id, 'approved', { status: 'delivered', code: null });
  if (!delivered) throw new OAuthError('invalid_grant', 'qr session was used');
  return { code: session.code, ...(session.request.state === undefined ? {} : { state: session.request.state }) };
}
