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
  // Service requests: one per applicant and device-made id (idempotent submit); my requests newest
  // first (all, or one status); the staff queue by status, matter + status, or assignee + status.
  { collection: 'service_requests', fields: ['applicantId', 'clientRequestId'], unique: true },
  { collection: 'service_requests', fields: ['applicantId', 'sortKey'] },
  { collection: 'service_requests', fields: ['applicantId', 'status', 'sortKey'] },
  { collection: 'service_requests', fields: ['status', 'sortKey'] },
  { collection: 'service_requests', fields: ['matterCode', 'status', 'sortKey'] },
  { collection: 'service_requests', fields: ['assigneeId', 'status', 'sortKey'] },
  // A request's timeline, in version order.
  { collection: 'request_events', fields: ['requestId', 'version'], unique: true },
  // Enterprises: one per credit code; the ones a person represents by law (document blind index).
  { collection: 'enterprises', fields: ['uscc'], unique: true },
  { collection: 'enterprises', fields: ['legalRepDocumentIndex'] },
  // Agent grants: a person's, a person's for one enterprise, an enterprise's, the reviewers' queue.
  { collection: 'agent_grants', fields: ['agentId', 'enterpriseId'] },
  { collection: 'agent_grants', fields: ['enterpriseId'] },
  { collection: 'agent_grants', fields: ['status', 'sortKey'] },
  // Pushes: the inbox newest first and its unread count; grants per person; one record per
  // recipient of a job (the unique index is what makes a claim exclusive: nothing sent twice).
  { collection: 'messages', fields: ['accountId', 'createdAt'] },
  { collection: 'messages', fields: ['accountId', 'readAt'] },
  { collection: 'subscriptions', fields: ['accountId'] },
  { collection: 'push_recipients', fields: ['jobId', 'accountId'], unique: true },
  { collection: 'push_recipients', fields: ['jobId', 'state'] },
  { collection: 'push_jobs', fields: ['status'] },
  { collection: 'consents', fields: ['subject.documentId', 'subject.version'] },
  { collection: 'service_requests', fields: ['matterCode', 'applicantId'] },
];
