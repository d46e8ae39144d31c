import * as v from 'valibot';
import { requireAccount, type GuardDeps } from '../account/account-guard';
import type { AuditRecorder } from '../audit/audit-recorder';
import { AppError } from '../errors/app-error';
import type { FilesDeps } from '../files/files.deps';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { checkAuthorizationRequest, AuthorizationRequestSchema } from './authorization-request';
import { checkCallerApp, MINI_PROGRAM_APPID } from './caller-app';
import { logoUrls } from './client-logo';
import { issueCode } from './issue-code';
import type { OidcRequestView } from '../contract/oidc';
import type { OidcClientRecord } from './oidc.records';
import type { OidcRepository } from './oidc.repository';
import { OIDC_SCOPES, type OidcScope } from './scopes';

export interface ConsentDeps {
  guard: GuardDeps;
  repository: OidcRepository;
  newId: () => string;
  audit: AuditRecorder;
  /** Service logos: checked uploads in our storage, shown through temporary links (client-logo.ts). */
  files: FilesDeps;
}

const ReferrerAppId = v.optional(v.pipe(v.string(), v.regex(MINI_PROGRAM_APPID)));

/** A request may name the mini-program that opened 琴易办 with it (`referrerAppId`, see caller-app). */
function splitReferrer(input: unknown): { request: unknown; referrerAppId: string | undefined } {
  if (typeof input !== 'object' || input === null || !('referrerAppId' in input)) {
    return { request: input, referrerAppId: undefined };
  }
  const { referrerAppId, ...request } = input as Record<string, unknown>;
  return {
    request,
    referrerAppId: parseInput(v.object({ referrerAppId: ReferrerAppId }), { referrerAppId }).referrerAppId,
  };
}

/** What the consent screen shows: the service, what it asks for in plain Chinese, its own terms. */
export async function describeRequest(deps: ConsentDeps, input: unknown, ctx: CallContext) {
  await requireAccount(ctx, deps.guard, 'read');
  const { request, referrerAppId } = splitReferrer(input);
  const { client, scopes } = await checkAuthorizationRequest(deps.repository, request);
  checkCallerApp(client, referrerAppId);
  return describeChecked(deps, client, scopes);
}

export async function describeChecked(
  deps: Pick<ConsentDeps, 'files'>,
  client: OidcClientRecord,
  scopes: OidcScope[],
): Promise<OidcRequestView> {
  const logoUrl = (await logoUrls(deps.files, [client])).get(client._id) ?? null;
  return {
    client: { name: client.name, termsUrl: client.termsUrl, privacyUrl: client.privacyUrl, logoUrl },
    scopes: scopes.map((scope) => ({ scope, label: OIDC_SCOPES[scope] })),
  };
}

const ApproveSchema = v.strictObject({
  request: AuthorizationRequestSchema,
  termsAccepted: v.literal(true),
  referrerAppId: ReferrerAppId,
});

/**
 * The person approves: the code goes to the registered redirect URI (RFC 6749 §4.1.2), or, when
 * another mini-program opened 琴易办, back to it through navigateBackMiniProgram (`code`, `state`).
 */
export async function approveRequest(deps: ConsentDeps, input: unknown, ctx: CallContext) {
  const raw = input as { termsAccepted?: unknown } | null;
  if (raw?.termsAccepted !== true) throw new AppError('OIDC.TERMS_NOT_ACCEPTED');
  const { request, referrerAppId } = parseInput(ApproveSchema, input);
  const { account } = await requireAccount(ctx, deps.guard, 'write');
  const { client, scopes } = await checkAuthorizationRequest(deps.repository, request);
  checkCallerApp(client, referrerAppId);
  const code = await issueCode(deps, { accountId: account._id, client, scopes, request }, ctx.now.getTime());
  const redirect = new URL(request.redirect_uri);
  redirect.searchParams.set('code', code);
  if (request.state !== undefined) redirect.searchParams.set('state', request.state);
  if (referrerAppId === undefined) return { redirect: redirect.toString() };
  return { redirect: redirect.toString(), code, ...(request.state === undefined ? {} : { state: request.state }) };
}

/** The privacy center's list: each service authorized, what it may receive, since when, and whether revoked. */
export async function listAuthorizations(deps: ConsentDeps, _input: unknown, ctx: CallContext) {
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const records = await deps.repository.authorizationsOf(account._id);
  const clients = new Map<string, OidcClientRecord>();
  for (const id of new Set(records.map((r) => r.clientId))) {
    const client = await deps.repository.client(id);
    if (client) clients.set(id, client);
  }
  const logos = await logoUrls(deps.files, [...clients.values()]);
  return {
    items: records
      .sort((a, b) => b.grantedAt - a.grantedAt)
      .map((r) => ({
        id: r._id,
        client: clients.get(r.clientId)?.name ?? '',
        logoUrl: logos.get(r.clientId) ?? null,
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
