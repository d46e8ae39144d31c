import { ABANDONED_AFTER_MS, openPrivacySlot, type UniqueClaims } from '../account/unique-claims';
import { AppError } from '../errors/app-error';
import type { PrivacyRequestRecord } from './privacy-request.record';

/**
 * The cap on open requests (issue 15, finding 8) held by the database: a person has MAX slots,
 * each a claim document with a fixed id (`privacy-open:<account>:<n>`); filing takes a free slot
 * before writing the request, so N parallel filings get at most MAX slots whatever they read. A
 * slot whose request is no longer open (decided, cancelled) is taken over; nothing has to free it.
 */
export async function takeOpenSlot(
  accountId: string,
  requestId: string,
  max: number,
  now: number,
  deps: { claims: UniqueClaims; requests: { get(id: string): Promise<PrivacyRequestRecord | null> } },
): Promise<string> {
  for (let slot = 0; slot < max; slot += 1) {
    const key = openPrivacySlot(accountId, slot);
    const taken = await deps.claims.claim(key, requestId, now, async (claim) => {
      const request = await deps.requests.get(claim.holder);
      if (request) return request.status !== 'open';
      return now - claim.claimedAt > ABANDONED_AFTER_MS;
    });
    if (taken) return key;
  }
  throw new AppError('PRIVACY.TOO_MANY_OPEN');
}
