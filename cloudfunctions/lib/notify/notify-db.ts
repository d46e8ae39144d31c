import type { database } from '../infra/cloud';

/** The cloud database the notify repositories are given (created once in create-notify-deps). */
export type NotifyDb = ReturnType<typeof database>;

interface Raw {
  data?: unknown;
  total?: number;
  stats?: { updated?: number; removed?: number };
}

export const list = <T>(r: unknown): T[] => ((r as Raw).data as T[] | undefined) ?? [];
export const updated = (r: unknown): number => (r as Raw).stats?.updated ?? 0;
export const removed = (r: unknown): number => (r as Raw).stats?.removed ?? 0;
export const total = (r: unknown): number => (r as Raw).total ?? 0;

/** CloudBase's server `get()` returns at most 1000 documents per call (reference-sdk-api Collection.limit). */
export const MAX_READ = 1000;

/** Reads by a list of ids in slices CloudBase answers whole, so no id is silently left out. */
export async function inSlices<T>(ids: readonly string[], read: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let at = 0; at < ids.length; at += MAX_READ) out.push(...(await read(ids.slice(at, at + MAX_READ))));
  return out;
}

/** Every page of an `_id`-ordered read, MAX_READ at a time. */
export async function allPages<T extends { _id: string }>(read: (after: string | null) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let after: string | null = null; ;) {
    const page = await read(after);
    out.push(...page);
    if (page.length < MAX_READ) return out;
    after = page[page.length - 1]?._id ?? null;
  }
}
