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
  // Accounts: one per name, one per identity document; lookups by mobile (blind indexes only).
  { collection: 'accounts', fields: ['accountName'], unique: true },
  { collection: 'accounts', fields: ['documentIndex'] },
  { collection: 'accounts', fields: ['mobileIndex'] },
  { collection: 'accounts', fields: ['cancellationPending'] },
  { collection: 'sessions', fields: ['openid'] },
  { collection: 'sessions', fields: ['accountId'] },
  { collection: 'messages', fields: ['accountId'] },
  // Uploads: a person's files.
  { collection: 'files', fields: ['accountId'] },
  // Requests about one's own information (policy §8): a person's list; the staff queue by status and due date.
  { collection: 'privacy_requests', fields: ['accountId'] },
  { collection: 'privacy_requests', fields: ['status', 'dueDate'] },
  { collection: 'feedback', fields: ['accountId'] },
];
