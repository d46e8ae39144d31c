/** A stored document: JSON object with EJSON-typed values decoded (Date, RegExp…). */
export type Doc = Record<string, unknown> & { _id?: unknown };

/** A document as the store holds it: id, decoded body and an optimistic-concurrency version. */
export interface StoredDoc {
  id: string;
  doc: Doc;
  ver: number;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
