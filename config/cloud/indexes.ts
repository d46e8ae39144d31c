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
  { collection: 'feedback', fields: ['accountId'] },
  // Pushes: the inbox newest first and its unread count; grants per person; one record per
  // recipient of a job (the unique index is what makes a claim exclusive: nothing sent twice).
  { collection: 'messages', fields: ['accountId', 'createdAt'] },
  { collection: 'messages', fields: ['accountId', 'readAt'] },
  { collection: 'subscriptions', fields: ['accountId'] },
  { collection: 'push_recipients', fields: ['jobId', 'accountId'], unique: true },
  { collection: 'push_recipients', fields: ['jobId', 'state'] },
  { collection: 'push_jobs', fields: ['status'] },
  { collection: 'consents', fields: ['subject.documentId', 'subject.version'] },
  { collection: 'service_requests', fields: ['matterCode', 'accountId'] },
];
