import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/codes';
import { COLLECTIONS } from '../infra/collections';
import { eraseRecords } from './erase-records';
import type { ErasureDeps } from './erasure.deps';
import { PERSONAL_DATA } from './personal-data';
import { isAttached, requestAttachments } from './request-attachments';

/** The items a person deletes one at a time, with the code that answers "not yours or not there". */
const OWN_ITEMS = {
  feedback: { collection: COLLECTIONS.feedback, notFound: 'FEEDBACK.NOT_FOUND' },
  upload: { collection: COLLECTIONS.files, notFound: 'FILE.NOT_FOUND' },
} as const satisfies Record<string, { collection: keyof typeof PERSONAL_DATA; notFound: ErrorCode }>;

export type OwnItem = keyof typeof OWN_ITEMS;

/**
 * Deletes one of the caller's own items with what it stores (feedback with its photos and voice;
 * an upload with its bytes). Another person's item answers exactly like a missing one, so an id
 * reveals nothing. An upload attached to a submitted application stays with that record.
 */
export async function eraseOwnItem(
  item: OwnItem,
  id: string,
  caller: { accountId: string; at: number },
  deps: ErasureDeps,
): Promise<{ id: string; files: number }> {
  const { collection, notFound } = OWN_ITEMS[item];
  const holding = PERSONAL_DATA[collection];
  const doc = await deps.collection(collection).get(id);
  if (!doc || holding.kind !== 'erase' || doc[holding.owner] !== caller.accountId) throw new AppError(notFound);
  if (item === 'upload' && isAttached(doc, await requestAttachments(caller.accountId, deps)))
    throw new AppError('FILE.IN_USE');
  const done = await eraseRecords(collection, [doc], holding.withStorage === true, deps);
  await deps.audit.record({
    at: caller.at,
    actor: caller.accountId,
    action: 'privacy.erased',
    target: id,
    subject: caller.accountId,
    details: { reason: 'self-service', data: holding.data, records: done.records, files: done.files },
  });
  return { id, files: done.files };
}
