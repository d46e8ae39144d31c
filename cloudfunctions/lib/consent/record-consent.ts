import type { RecordConsentOutput } from '../contract/consent';
import { GrantInputSchema } from '../contract/consent';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { chainEntries } from './chain-entries';
import { checkGeneralPurposes, resolveGrantedVersion } from './check-grant';
import type { ConsentDeps } from './consent.deps';
import { entryBody, toReceipt } from './entry-body';

/**
 * Records that the person agreed to the exact texts they were shown. Every document is checked
 * before anything is written, so a refusal of one leaves the ledger as it was.
 */
export async function recordConsent(deps: ConsentDeps, input: unknown, ctx: CallContext): Promise<RecordConsentOutput> {
  const grant = parseInput(GrantInputSchema, input);
  checkGeneralPurposes(grant.purposes);
  const catalog = await deps.catalog(ctx.now);
  const bodies = grant.documents.map((ref) => {
    const doc = resolveGrantedVersion(catalog, ref);
    return entryBody(ctx, {
      action: 'grant',
      subject: { kind: 'document', documentId: doc.id, version: doc.version, sha256: doc.sha256 },
      purposes: grant.purposes,
      channel: grant.channel,
      device: grant.device,
    });
  });
  const entries = await deps.repository.append(ctx.openid, (head) => chainEntries(head, bodies, deps.seal));
  return { receipts: entries.map(toReceipt) };
}
