/**
 * The one test for the SDK's duplicate-key error: a unique index or the `_id` already holds such a
 * document. wx-server-sdk's database wrappers rethrow the server's error as `Error{errCode, errMsg}`
 * with `errMsg === message` (shared/CLOUDBASE-WIRE.md); a TcbError passed through keeps `errMsg`
 * only, so both fields are read, and a plain string too. The server's text is MongoDB's
 * `E11000 duplicate key error …` (the local cloud answers the same).
 */
export function isDuplicateKey(error: unknown): boolean {
  if (typeof error === 'string') return DUPLICATE.test(error);
  if (typeof error !== 'object' || error === null) return false;
  const { message, errMsg } = error as { message?: unknown; errMsg?: unknown };
  return [message, errMsg].some((text) => typeof text === 'string' && DUPLICATE.test(text));
}

// CloudBase documents the code DATABASE_DUPLICATE_WRITE (docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE);
// the SDK folds codes it does not know into -501001 and keeps the code and text in the message.
const DUPLICATE = /E11000|duplicate key|DATABASE_DUPLICATE_WRITE/i;
