/** SQL expressions over a document's JSON text, written once so indexes and queries match. */

const FIELD = /^[^.$"\\][^"\\]*$/;

export function isIndexableField(field: string): boolean {
  return field.split('.').every((part) => FIELD.test(part) && part.length > 0);
}

/** `a.b` → `json_extract(doc, '$."a"."b"')` (quoted keys, so any field name is safe). */
export function fieldExpression(field: string): string {
  if (!isIndexableField(field)) throw new Error(`cannot index field ${JSON.stringify(field)}`);
  const path = field
    .split('.')
    .map((p) => `"${p.replace(/'/g, "''")}"`)
    .join('.');
  return `json_extract(doc, '$.${path}')`;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function tableName(collection: string): string {
  return quoteIdent(`col_${collection}`);
}
