import * as v from 'valibot';
import { requireAccount } from '../account/account-guard';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { checkAuthorizationRequest } from './authorization-request';
import { describeChecked, type ConsentDeps } from './consent-actions';
import { issueCode } from './issue-code';
import type { OidcQrSessionRecord } from './oidc.records';

/** The short id as the QR code carries it (see qr-endpoints). */
const QrSchema = v.strictObject({ qrId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{12}$/)) });
const QrApproveSchema = v.strictObject({ qrId: QrSchema.entries.qrId, termsAccepted: v.literal(true) });

/** A pending session still within its 3 minutes; used or declined ones are refused as such. */
async function openSession(deps: ConsentDeps, qrId: string, now: number): Promise<OidcQrSessionRecord> {
  const session = await deps.repository.qrSession(qrId);
  if (!session) throw new AppError('OIDC.REQUEST_INVALID');
  if (session.status !== 'pending') throw new AppError('OIDC.QR_USED');
  if (session.expiresAt <= now) throw new AppError('OIDC.QR_EXPIRED');
  return session;
}

/** The scanned session's request, shown on the same consent screen as a redirect request. */
export async function describeQr(deps: ConsentDeps, input: unknown, ctx: CallContext) {
  const { qrId } = parseInput(QrSchema, input);
  await requireAccount(ctx, deps.guard, 'read');
  const session = await openSession(deps, qrId, ctx.now.getTime());
  const { client, scopes } = await checkAuthorizationRequest(deps.repository, session.request);
  return describeChecked(deps, client, scopes);
}

/**
 * The person approves a scanned request: the session is claimed first (once, while unexpired), then
 * the code is issued exactly as in the redirect flow and left on the session for the service's poll.
 */
export async function approveQr(deps: ConsentDeps, input: unknown, ctx: CallContext) {
  const raw = input as { termsAccepted?: unknown } | null;
  if (raw?.termsAccepted !== true) throw new AppError('OIDC.TERMS_NOT_ACCEPTED');
  const { qrId } = parseInput(QrApproveSchema, input);
  const { account } = await requireAccount(ctx, deps.guard, 'write');
  const now = ctx.now.getTime();
  const session = await openSession(deps, qrId, now);
  const checked = await checkAuthorizationRequest(deps.repository, session.request);
  const claimed = await deps.repository.moveQrSession(
    qrId,
    'pending',
    { status: 'approved', accountId: account._id, decidedAt: now },
    now,
  );
  if (!claimed) throw new AppError('OIDC.QR_USED');
  const code = await issueCode(deps, { accountId: account._id, ...checked, request: checked.input }, now);
  await deps.repository.setQrCode(qrId, code);
  return { approved: true, client: checked.client.name };
}

/** The person declines: the service's poll gets access_denied, and the QR code is spent. */
export async function denyQr(deps: ConsentDeps, input: unknown, ctx: CallContext) {
  const { qrId } = parseInput(QrSchema, input);
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const now = ctx.now.getTime();
  await openSession(deps, qrId, now);
  const moved = await deps.repository.moveQrSession(
    qrId,
    'pending',
    { status: 'denied', accountId: account._id, decidedAt: now },
    now,
  );
  if (!moved) throw new AppError('OIDC.QR_USED');
  return { denied: true };
}
