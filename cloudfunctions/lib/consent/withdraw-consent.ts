import type { ConsentDocumentId, RecordConsentOutput } from '../contract/consent';
import { SENSITIVE_PURPOSES, WithdrawInputSchema } from '../contract/consent';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { chainEntries } from './chain-entries';
import type { ConsentDeps } from './consent.deps';
import { entryBody, toReceipt } from './entry-body';
import type { EntryBody, ConsentState } from './ledger-entry';
import { EMPTY_STATE } from './ledger-entry';

/**
 * Withdrawal is as easy as giving (PIPL art. 15). Withdrawing the privacy policy also withdraws
 * every separate consent built on it: without it there is no basis left to process sensitive data.
 */
export async function withdrawConsent(
  deps: ConsentDeps,
  input: unknown,
  ctx: CallContext,
): Promise<RecordConsentOutput> {
  const request = parseInput(WithdrawInputSchema, input);
  const entries = await deps.repository.append(ctx.openid, (head) => {
    const state = head?.state ?? EMPTY_STATE;
    const bodies = request.documentIds.map((id) => withdrawal(ctx, state, id, request));
    if (request.documentIds.includes('privacy-policy')) bodies.push(...cascade(ctx, state, request));
    return chainEntries(head, bodies, deps.seal);
  });
  return { receipts: entries.map(toReceipt) };
}

type Request = { channel: EntryBody['channel']; device?: EntryBody['device'] };

function withdrawal(ctx: CallContext, state: ConsentState, id: ConsentDocumentId, request: Request): EntryBody {
  const decision = state.documents[id];
  if (decision?.action !== 'grant') throw new AppError('CONSENT.NOT_GRANTED');
  return entryBody(ctx, {
    action: 'withdraw',
    subject: { kind: 'document', documentId: id, version: decision.version, sha256: decision.sha256 },
    purposes: ['basic-service'],
    channel: request.channel,
    device: request.device ?? undefined,
  });
}

function cascade(ctx: CallContext, state: ConsentState, request: Request): EntryBody[] {
  return SENSITIVE_PURPOSES.flatMap((purpose) => {
    const decision = state.sensitive[purpose];
    if (decision?.action !== 'grant') return [];
    return [
      entryBody(ctx, {
        action: 'withdraw',
        subject: {
          kind: 'sensitive',
          purpose,
          documentId: 'privacy-policy',
          version: decision.version,
          sha256: decision.sha256,
        },
        purposes: [purpose],
        channel: request.channel,
        device: request.device ?? undefined,
      }),
    ];
  });
}
