import type { Page } from '../contract/requests';
import { AppError } from '../errors/app-error';

export const DEFAULT_PAGE_SIZE = 20;

/** A cursor is the last sort key the caller saw; anything else is refused, never passed to a query. */
export function parseCursor(cursor: string | undefined, pattern: RegExp): string | null {
  if (cursor === undefined || cursor === '') return null;
  if (!pattern.test(cursor)) throw new AppError('REQUESTS.CURSOR_INVALID');
  return cursor;
}

/** Reads one more than a page to know whether another follows. */
export async function readPage<R extends { sortKey: string }, T>(
  size: number,
  read: (limit: number) => Promise<R[]>,
  view: (record: R) => T,
): Promise<Page<T>> {
  const rows = await read(size + 1);
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { items: items.map(view), nextCursor: rows.length > size && last ? last.sortKey : null };
}
