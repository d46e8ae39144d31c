import * as v from 'valibot';
import { requireAccount, type GuardDeps } from '../account/account-guard';
import type { AuditRecorder } from '../audit/audit-recorder';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { checkAuthorizationRequest, AuthorizationRequestSchema } from './authorization-request';
import { OIDC_LIFETIMES } from './oidc.config';
import type { OidcRepository } from './oidc.repository';
import { OIDC_SCOPES } from './scopes';
import { digest, newSecret } from './token-digest';

export interface ConsentDeps {
  guard: GuardDeps;
  repository: OidcRepository;
  newId: () => string;
  audit: AuditRecorder;
}

/** What the consent screen shows: the service, what it asks for in plain Chinese, its own terms. */
export async function describeRequest(deps: ConsentDeps, input: unknown, ctx: CallContext) {
  await requireAccount(ctx, deps.guard, 'read');
  const { client, scopes } = await checkAuthorizationRequest(deps.repository, input);
  return {
    client: { name: client.name, termsUrl: client.termsUrl, privacyUrl: client.privacyUrl },
    scopes: scopes.map((scope) => ({ scope, label: OIDC_SCOPES[scope] })),
  };
}

const ApproveSchema = v.strictObject({ request: AuthorizationRequestSchema, termsAccepted: v.literal(true) });

/**
 * The person approves: their authorization is recorded (service, scopes, the terms shown, when)
 * and a single-use code valid for 60 s is issued to the registered redirect URI (RFC 6749 §4.1.2).
 */
export async function approveRequest(deps: ConsentDeps, input: unknown, ctx: CallContext) {
  const raw = input as { termsAccepted?: unknown } | null;
  if (raw?.termsAccepted !== true) throw new AppError('OIDC.TERMS_NOT_ACCEPTED');
  const { request } = parseInput(ApproveSchema, input);
  const { account } = await requireAccount(ctx, deps.guard, 'write');
  const { client, scopes } = await checkAuthorizationRequest(deps.repository, request);
  const now = ctx.now.getTime();
  const authorizationId = deps.newId();
  await deps.repository.putAuthorization({
    _id: authorizationId,
    accountId: account._id,
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
    actor: account._id,
    action: 'oidc.authorize',
    target: authorizationId,
    details: { client: client._id, scopes: scopes.join(' '), terms: client.termsUrl, privacy: client.privacyUrl },
  });
  const code = newSecret();
  await deps.repository.insertCode({
    _id: digest(code),
    clientId: client._id,
    authorizationId,
    accountId: account._id,
    redirectUri: request.redirect_uri,
    scopes,
    codeChallenge: request.code_challenge,
    nonce: request.nonce ?? null,
    createdAt: now,
    expiresAt: now + OIDC_LIFETIMES.codeMs,
  });
  const redirect = new URL(request.redirect_uri);
  redirect.searchParams.set('code', code);
  if (request.state !== undefined) redirect.searchParams.set('state', request.state);
  return { redirect: redirect.toString() };
}

/** The privacy center's list: each service authorized, what it may receive, since when, and whether revoked. */
export async function listAuthorizations(deps: ConsentDeps, _input: unknown, ctx: CallContext) {
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const records = await deps.repository.authorizationsOf(account._id);
  const names = new Map<string, string>();
  for (const id of new Set(records.map((r) => r.clientId)))
    names.set(id, (await deps.repository.client(id))?.name ?? '');
  return {
    items: records
      .sort((a, b) => b.grantedAt - a.grantedAt)
      .map((r) => ({
        id: r._id,
        client: names.get(r.clientId) ?? '',
        scopes: r.scopes,
        grantedAt: new Date(r.grantedAt).toISOString(),
        lastIssuedAt: new Date(r.lastIssuedAt).toISOString(),
        revokedAt: r.revokedAt === null ? null : new Date(r.revokedAt).toISOString(),
      })),
  };
}

const RevokeSchema = v.strictObject({ id: v.pipe(v.string(), v.maxLength(64)) });

/** The person revokes a service: every token of the authorization stops working at its next use. */
export async function revokeAuthorization(deps: ConsentDeps, input: unknown, ctx: CallContext) {
  const { id } = parseInput(RevokeSchema, input);
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const record = await deps.repository.authorization(id);
  if (!record || record.accountId !== account._id) throw new AppError('OIDC.AUTHORIZATION_NOT_FOUND');
  if (record.status === 'active') {
    const at = ctx.now.getTime();
    await deps.repository.putAuthorization({ ...record, status: 'revoked', revokedAt: at });
    await deps.audit.record({
      at,
      actor: account._id,
      action: 'oidc.revoke',
      target: record._id,
      details: { client: record.clientId },
    });
  }
  return { revoked: true };
}
