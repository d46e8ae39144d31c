/**
 * The indexes each collection needs. The local cloud creates them as SQLite expression indexes;
 * the same list is what to create in the CloudBase console for production.
 */
export interface IndexDeclaration {
  collection: string;
  fields: string[];
  unique?: boolean;
}

export const INDEXES: IndexDeclaration[] = [
  // A person's consent ledger, read in chain order (history, verify).
  { collection: 'consents', fields: ['openid', 'seq'], unique: true },
];
