import { randomBytes } from 'node:crypto';
import * as v from 'valibot';
import { requireRole, type GuardDeps } from '../account/account-guard';
import type { AuditRecorder } from '../audit/audit-recorder';
import { UploadIdSchema } from '../contract/files';
import type { OidcClientAdded, OidcClientView } from '../contract/oidc';
import { AppError } from '../errors/app-error';
import type { FilesDeps } from '../files/files.deps';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { MINI_PROGRAM_APPID } from './caller-app';
import { adoptLogo, logoUrls } from './client-logo';
import type { OidcClientRecord } from './oidc.records';
import type { OidcRepository } from './oidc.repository';
import { SCOPE_NAMES, type OidcScope } from './scopes';
import { digest, newSecret } from './token-digest';

export interface ClientAdminDeps {
  guard: GuardDeps;
  repository: OidcRepository;
  audit: AuditRecorder;
  /** Logos are uploads checked by the files use cases and shown through temporary links. */
  files: FilesDeps;
}

/**
 * Redirect URIs are absolute https URLs without a fragment (RFC 6749 §3.1.2, §3.1.2.1); plain http
 * only for loopback, as native and test clients use (RFC 8252 §7.3).
 */
function isRedirectUri(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.hash || value.includes('#')) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname));
}

const HttpsUrl = v.pipe(
  v.string(),
  v.maxLength(512),
  v.check((s) => URL.canParse(s) && new URL(s).protocol === 'https:'),
);

const AddClientSchema = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)),
  redirectUris: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(512), v.check(isRedirectUri))),
    v.minLength(1),
    v.maxLength(10),
  ),
  termsUrl: HttpsUrl,
  privacyUrl: HttpsUrl,
  scopes: v.pipe(
    v.array(v.picklist(SCOPE_NAMES)),
    v.minLength(1),
    v.check((s) => s.includes('openid')),
  ),
  sectorId: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]{0,62}$/))),
  // The service's own mini-programs, when it opens 琴易办 with navigateToMiniProgram (see caller-app).
  miniProgramAppIds: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(MINI_PROGRAM_APPID))), v.maxLength(5))),
  refresh: v.optional(v.boolean()),
  // The admin's own checked upload of purpose `service-logo` (client-logo.ts).
  logoUploadId: v.optional(UploadIdSchema),
});

/** Registers a service (admins only). The secret is returned once; only its digest is stored. */
export async function addClient(deps: ClientAdminDeps, input: unknown, ctx: CallContext): Promise<OidcClientAdded> {
  const parsed = parseInput(AddClientSchema, input);
  const { account: admin } = await requireRole(ctx, deps.guard, ['admin']);
  const clientId = `svc-${randomBytes(8).toString('hex')}`;
  const secret = newSecret();
  const logo = parsed.logoUploadId ? await adoptLogo(deps.files, parsed.logoUploadId, admin._id, clientId) : null;
  const record: OidcClientRecord = {
    _id: clientId,
    name: parsed.name,
    secretHash: digest(secret),
    redirectUris: [...new Set(parsed.redirectUris)],
    termsUrl: parsed.termsUrl,
    privacyUrl: parsed.privacyUrl,
    allowedScopes: [...new Set(parsed.scopes)] as OidcScope[],
    grantTypes: parsed.refresh === false ? ['authorization_code'] : ['authorization_code', 'refresh_token'],
    miniProgramAppIds: [...new Set(parsed.miniProgramAppIds ?? [])],
    sectorId: parsed.sectorId ?? clientId,
    logo,
    disabledAt: null,
    createdAt: ctx.now.getTime(),
    createdBy: admin._id,
  };
  await deps.repository.putClient(record);
  await deps.audit.record({
    at: record.createdAt,
    actor: admin._id,
    action: 'oidc.client-add',
    target: clientId,
    details: {
      name: record.name,
      scopes: record.allowedScopes.join(' '),
      redirectUris: record.redirectUris.join(' '),
      ...(logo ? { logo: logo.uploadId } : {}),
    },
  });
  return { clientId, clientSecret: secret };
}

/** Every registered service, without secrets (admins only). */
export async function listClients(
  deps: ClientAdminDeps,
  _input: unknown,
  ctx: CallContext,
): Promise<{ items: OidcClientView[] }> {
  await requireRole(ctx, deps.guard, ['admin']);
  const clients = await deps.repository.clients();
  const logos = await logoUrls(deps.files, clients);
  return {
    items: clients
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((c) => ({
        clientId: c._id,
        name: c.name,
        redirectUris: c.redirectUris,
        miniProgramAppIds: c.miniProgramAppIds ?? [],
        scopes: c.allowedScopes,
        sectorId: c.sectorId ?? c._id,
        logoUrl: logos.get(c._id) ?? null,
        createdAt: new Date(c.createdAt).toISOString(),
        disabledAt: c.disabledAt ? new Date(c.disabledAt).toISOString() : null,
      })),
  };
}

const DisableSchema = v.strictObject({ clientId: v.pipe(v.string(), v.maxLength(64)) });

/** Disables a service (admins only): it can no longer ask, exchange codes, refresh or read userinfo. */
export async function disableClient(deps: ClientAdminDeps, input: unknown, ctx: CallContext) {
  const { clientId } = parseInput(DisableSchema, input);
  const { account: admin } = await requireRole(ctx, deps.guard, ['admin']);
  const client = await deps.repository.client(clientId);
  if (!client) throw new AppError('OIDC.CLIENT_UNKNOWN');
  if (!client.disabledAt) {
    const at = ctx.now.getTime();
    await deps.repository.putClient({ ...client, disabledAt: at });
    await deps.audit.record({ at, actor: admin._id, action: 'oidc.client-disable', target: clientId, details: {} });
  }
  return { disabled: true };
}
