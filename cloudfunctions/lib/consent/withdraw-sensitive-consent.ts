import type { RecordConsentOutput } from '../contract/consent';
import { SensitiveWithdrawInputSchema } from '../contract/consent';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { chainEntries } from './chain-entries';
import type { ConsentDeps } from './consent.deps';
import { entryBody, toReceipt } from './entry-body';

/** Withdraws one sensitive purpose; the general consent and the other purposes stay as they are. */
export async function withdrawSensitiveConsent(
  deps: ConsentDeps,
  input: unknown,
  ctx: CallContext,
): Promise<RecordConsentOutput> {
  const request = parseInput(SensitiveWithdrawInputSchema, input);
  const entries = await deps.repository.append(ctx.openid, (head) => {
    const decision = head?.state.sensitive[request.purpose];
    if (!head || decision?.action !== 'grant') throw new AppError('CONSENT.NOT_GRANTED');
    const body = entryBody(ctx, {
      action: 'withdraw',
      subject: {
        kind: 'sensitive',
        purpose: request.purpose,
        documentId: 'privacy-policy',
        version: decision.version,
        sha256: decision.sha256,
      },
      purposes: [request.purpose],
      channel: request.channel,
      device: request.device,
    });
    return chainEntries(head, [body], deps.seal);
  });
  return { receipts: entries.map(toReceipt) };
}
