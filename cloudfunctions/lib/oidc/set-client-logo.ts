import * as v from 'valibot';
import { requireRole } from '../account/account-guard';
import { UploadIdSchema } from '../contract/files';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { ClientAdminDeps } from './client-admin';
import { adoptLogo, dropLogo, logoUrls } from './client-logo';

const SetLogoSchema = v.strictObject({
  clientId: v.pipe(v.string(), v.maxLength(64)),
  logoUploadId: UploadIdSchema,
});

/**
 * Sets or replaces a registered service's logo (admins only, audited). The replaced logo's stored
 * file is deleted once the new one is in place, so a failed change keeps the old logo.
 */
export async function setClientLogo(
  deps: ClientAdminDeps,
  input: unknown,
  ctx: CallContext,
): Promise<{ logoUrl: string | null }> {
  const { clientId, logoUploadId } = parseInput(SetLogoSchema, input);
  const { account: admin } = await requireRole(ctx, deps.guard, ['admin']);
  const client = await deps.repository.client(clientId);
  if (!client) throw new AppError('OIDC.CLIENT_UNKNOWN');
  const logo = await adoptLogo(deps.files, logoUploadId, admin._id, clientId);
  const updated = { ...client, logo };
  await deps.repository.putClient(updated);
  if (client.logo) await dropLogo(deps.files, client.logo);
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: admin._id,
    action: 'oidc.client-logo',
    target: clientId,
    details: { logo: logo.uploadId, ...(client.logo ? { replaced: client.logo.uploadId } : {}) },
  });
  return { logoUrl: (await logoUrls(deps.files, [updated])).get(clientId) ?? null };
}
