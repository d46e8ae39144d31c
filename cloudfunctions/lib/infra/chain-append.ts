import { isDuplicateKey } from './duplicate-key';

/**
 * What the two hash-chain stores (the consent ledger, the audit trail) need of the SDK to append
 * under optimistic concurrency: telling a lost race from a failure, and typing a read's documents.
 */

/** A concurrent append touched the same head, or took the same entry id first. */
export function isConflict(error: unknown): boolean {
  const { code, errMsg, message } = (error ?? {}) as { code?: unknown; errMsg?: unknown; message?: unknown };
  if (code === 'DATABASE_TRANSACTION_CONFLICT' || isDuplicateKey(error)) return true;
  return /conflict/i.test(`${String(errMsg ?? '')} ${String(message ?? '')}`);
}

/** A read's documents, typed: the SDK's typings also allow the callback style's void. */
export function found<T>(result: unknown): T {
  return (result as { data: T }).data;
}
