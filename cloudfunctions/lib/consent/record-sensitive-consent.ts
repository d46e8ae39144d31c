import type { RecordConsentOutput } from '../contract/consent';
import { SensitiveGrantInputSchema } from '../contract/consent';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { chainEntries } from './chain-entries';
import { resolveGrantedVersion } from './check-grant';
import type { ConsentDeps } from './consent.deps';
import { entryBody, toReceipt } from './entry-body';

/**
 * Separate consent to one sensitive purpose (PIPL art. 29), asked when the feature needs it. It
 * rests on the privacy policy the person already accepted, and points at the version whose
 * sensitive-information clauses they were shown. A minor's data needs their guardian (art. 31).
 */
export async function recordSensitiveConsent(
  deps: ConsentDeps,
  input: unknown,
  ctx: CallContext,
): Promise<RecordConsentOutput> {
  const grant = parseInput(SensitiveGrantInputSchema, input);
  if (grant.policy.id !== 'privacy-policy') throw new AppError('CONSENT.POLICY_MISMATCH');
  const policy = resolveGrantedVersion(await deps.catalog(ctx.now), grant.policy);
  if (grant.purpose === 'minor-data' && !grant.guardian) throw new AppError('CONSENT.GUARDIAN_REQUIRED');
  const body = entryBody(ctx, {
    action: 'grant',
    subject: {
      kind: 'sensitive',
      purpose: grant.purpose,
      documentId: 'privacy-policy',
      version: policy.version,
      sha256: policy.sha256,
    },
    purposes: [grant.purpose],
    channel: grant.channel,
    device: grant.device,
    guardian: grant.guardian,
  });
  const entries = await deps.repository.append(ctx.openid, (head) => {
    if (head?.state.documents['privacy-policy']?.action !== 'grant') throw new AppError('CONSENT.BASE_REQUIRED');
    return chainEntries(head, [body], deps.seal);
  });
  return { receipts: entries.map(toReceipt) };
}
