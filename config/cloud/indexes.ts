import { COLLECTIONS, type CollectionName } from './collections';

/**
 * The indexes each collection needs. The local cloud creates them as SQLite expression indexes;
 * the same list is what to create in the CloudBase console for production.
 */
export interface IndexDeclaration {
  collection: CollectionName;
  fields: string[];
  unique?: boolean;
}

export const INDEXES: IndexDeclaration[] = [
  // A person's consent ledger, read in chain order (history, verify).
  { collection: COLLECTIONS.consents, fields: ['openid', 'seq'], unique: true },
  // The audit chain, read in order (verify) and per person (their copy: who on staff read it). One
  // entry per seq is held by the entry id (`audit-<seq>`), so entries from before the chain (no seq) can stay.
  { collection: COLLECTIONS.auditLog, fields: ['seq'] },
  { collection: COLLECTIONS.auditLog, fields: ['subject', 'seq'] },
  // The admin audit screen, newest first by actor, action or time (privacy.auditLog); the anomaly
  // alerts newest first, and those of the actors on one page (their rows are flagged).
  { collection: COLLECTIONS.auditLog, fields: ['actor', 'seq'] },
  { collection: COLLECTIONS.auditLog, fields: ['action', 'seq'] },
  { collection: COLLECTIONS.auditLog, fields: ['at'] },
  { collection: COLLECTIONS.auditWatch, fields: ['alertedAt'] },
  { collection: COLLECTIONS.auditWatch, fields: ['actor', 'alertedAt'] },
  { collection: COLLECTIONS.auditWatch, fields: ['windowStart'] },
  // The admins an audit alert goes to (roles holds an array: CloudBase indexes its elements).
  { collection: COLLECTIONS.accounts, fields: ['roles'] },
  // Accounts: one per name, one per identity document; lookups by mobile (blind indexes only).
  { collection: COLLECTIONS.accounts, fields: ['accountName'], unique: true },
  { collection: COLLECTIONS.accounts, fields: ['documentIndex'] },
  { collection: COLLECTIONS.identityReviews, fields: ['status', 'sortKey'] },
  { collection: COLLECTIONS.staffProposals, fields: ['status', 'proposedAt'] },
  { collection: COLLECTIONS.accounts, fields: ['mobileIndex'] },
  { collection: COLLECTIONS.accounts, fields: ['cancellationPending'] },
  { collection: COLLECTIONS.sessions, fields: ['openid'] },
  { collection: COLLECTIONS.sessions, fields: ['accountId'] },
  // The live session: a person's newest first; the daily purge: the oldest expired or ended first.
  { collection: COLLECTIONS.sessions, fields: ['openid', 'createdAt'] },
  { collection: COLLECTIONS.sessions, fields: ['expiresAt'] },
  { collection: COLLECTIONS.sessions, fields: ['endedAt'] },
  { collection: COLLECTIONS.messages, fields: ['accountId'] },
  // Uploads: a person's files.
  { collection: COLLECTIONS.files, fields: ['accountId'] },
  // Requests about one's own information (policy §8): a person's list; the staff queue by status and due date.
  { collection: COLLECTIONS.privacyRequests, fields: ['accountId'] },
  { collection: COLLECTIONS.privacyRequests, fields: ['status', 'dueDate'] },
  { collection: COLLECTIONS.feedback, fields: ['accountId'] },
  // The staff queue: open items, soonest due first; the purges of the day counters and checks.
  { collection: COLLECTIONS.feedback, fields: ['status', 'dueAt'] },
  { collection: COLLECTIONS.feedbackLimits, fields: ['createdAt'] },
  { collection: COLLECTIONS.mediaChecks, fields: ['createdAt'] },
  // Reports: the staff queue, open ones flagged first then oldest first; their purge.
  { collection: COLLECTIONS.reports, fields: ['status', 'sortKey'] },
  { collection: COLLECTIONS.reports, fields: ['createdAt'] },
  // Service requests: one per applicant and device-made id (idempotent submit); my requests newest
  // first (all, or one status); the staff queue by status, matter + status, or assignee + status.
  { collection: COLLECTIONS.serviceRequests, fields: ['applicantId', 'clientRequestId'], unique: true },
  { collection: COLLECTIONS.serviceRequests, fields: ['applicantId', 'sortKey'] },
  { collection: COLLECTIONS.serviceRequests, fields: ['applicantId', 'status', 'sortKey'] },
  { collection: COLLECTIONS.serviceRequests, fields: ['status', 'sortKey'] },
  { collection: COLLECTIONS.serviceRequests, fields: ['matterCode', 'status', 'sortKey'] },
  { collection: COLLECTIONS.serviceRequests, fields: ['assigneeId', 'status', 'sortKey'] },
  // A request's timeline, in version order.
  { collection: COLLECTIONS.requestEvents, fields: ['requestId', 'version'], unique: true },
  // Enterprises: one per credit code; the ones a person represents by law (document blind index).
  { collection: COLLECTIONS.enterprises, fields: ['uscc'], unique: true },
  { collection: COLLECTIONS.enterprises, fields: ['legalRepDocumentIndex'] },
  // Agent grants: a person's, a person's for one enterprise, an enterprise's, the reviewers' queue.
  { collection: COLLECTIONS.agentGrants, fields: ['agentId', 'enterpriseId'] },
  { collection: COLLECTIONS.agentGrants, fields: ['enterpriseId'] },
  { collection: COLLECTIONS.agentGrants, fields: ['status', 'sortKey'] },
  // Pushes: the inbox newest first and its unread count; grants per person; one record per
  // recipient of a job (the unique index is what makes a claim exclusive: nothing sent twice).
  { collection: COLLECTIONS.messages, fields: ['accountId', 'createdAt'] },
  { collection: COLLECTIONS.messages, fields: ['accountId', 'readAt'] },
  { collection: COLLECTIONS.subscriptions, fields: ['accountId'] },
  { collection: COLLECTIONS.pushRecipients, fields: ['jobId', 'accountId'], unique: true },
  { collection: COLLECTIONS.pushRecipients, fields: ['jobId', 'state'] },
  { collection: COLLECTIONS.pushJobs, fields: ['status'] },
  { collection: COLLECTIONS.consents, fields: ['subject.documentId', 'subject.version'] },
  { collection: COLLECTIONS.serviceRequests, fields: ['matterCode', 'applicantId'] },
  // The daily retention purge (config/retention.ts): the oldest expired first, by the field that starts the clock.
  { collection: COLLECTIONS.loginAttempts, fields: ['lastFailureAt'] },
  { collection: COLLECTIONS.files, fields: ['status', 'createdAt'] },
  // …and the file records of media purged with their feedback.
  { collection: COLLECTIONS.files, fields: ['fileID'] },
  { collection: COLLECTIONS.messages, fields: ['createdAt'] },
  { collection: COLLECTIONS.pushJobs, fields: ['status', 'finishedAt'] },
  { collection: COLLECTIONS.feedback, fields: ['createdAt'] },
  { collection: COLLECTIONS.privacyRequests, fields: ['status', 'createdAt'] },
  { collection: COLLECTIONS.pushRecipients, fields: ['claimedAt'] },
  { collection: COLLECTIONS.channelOutbox, fields: ['at'] },
  // OpenID Connect: a person's authorized services; the retention purge of codes and tokens.
  { collection: COLLECTIONS.oidcAuthorizations, fields: ['accountId'] },
  { collection: COLLECTIONS.oidcAuthorizations, fields: ['status', 'revokedAt'] },
  { collection: COLLECTIONS.oidcCodes, fields: ['expiresAt'] },
  { collection: COLLECTIONS.oidcTokens, fields: ['expiresAt'] },
  { collection: COLLECTIONS.oidcQrSessions, fields: ['expiresAt'] },
  // Erasure (cloudfunctions/lib/erasure): a person's send results, found by owner.
  { collection: COLLECTIONS.pushRecipients, fields: ['accountId'] },
  { collection: COLLECTIONS.mediaChecks, fields: ['accountId'] },
  { collection: COLLECTIONS.oidcCodes, fields: ['accountId'] },
  { collection: COLLECTIONS.oidcTokens, fields: ['accountId'] },
  { collection: COLLECTIONS.oidcQrSessions, fields: ['accountId'] },
  // Linked outside accounts: mine (list, erasure); the retention purge of stale link states; erasure.
  { collection: COLLECTIONS.linkedAccounts, fields: ['accountId'] },
  { collection: COLLECTIONS.linkStates, fields: ['expiresAt'] },
  { collection: COLLECTIONS.linkStates, fields: ['accountId'] },
  // The home banner (what has not ended yet) and the retention purge (ended a year ago).
  { collection: COLLECTIONS.announcements, fields: ['endsAt'] },
];
