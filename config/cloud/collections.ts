/**
 * Every database collection, written once: the key code uses (`COLLECTIONS.sessions`), the name in
 * CloudBase, and what it holds. CloudBase refuses reads and writes on a collection that was never
 * created (-502005 DATABASE_COLLECTION_NOT_EXIST), so this list is what a deploy creates and what
 * the local cloud creates in every environment it opens. Indexes are in `indexes.ts`.
 */
const DECLARED = {
  accounts: ['accounts', 'People: name, roles, encrypted identity fields with blind indexes'],
  wechatBindings: ['wechat_bindings', 'Which WeChat openid is bound to which account'],
  sessions: ['sessions', 'Signed-in sessions per openid and account'],
  uniqueClaims: [
    'unique_claims',
    'One document per thing that must be unique (a document, a pending grant, an open-request slot)',
  ],
  loginAttempts: ['login_attempts', 'Failed sign-in counters for throttling'],
  identityReviews: [
    'identity_reviews',
    'Staff real-name checks: one per account, the document photo until the decision',
  ],
  policyVersions: ['policy_versions', 'Published privacy policy and terms versions'],
  consents: ['consents', 'Hash-chained consent ledger, one chain per person'],
  consentHeads: ['consent_heads', 'The head of each person’s consent chain (one per openid)'],
  enterprises: ['enterprises', 'Enterprises by credit code and legal representative'],
  agentGrants: ['agent_grants', 'Who may act for which enterprise, and the review queue'],
  matters: ['matters', 'The catalogue of matters a person can apply for'],
  serviceRequests: ['service_requests', 'Service requests (applications) and their current state'],
  requestEvents: ['request_events', 'Each request’s timeline, in version order'],
  files: ['files', 'Uploaded files and who owns them'],
  subscriptions: ['subscriptions', 'Subscription-message grants counted per person and template'],
  messages: ['messages', 'Each person’s inbox'],
  pushJobs: ['push_jobs', 'Staff push jobs and their cursor'],
  feedback: ['feedback', 'Feedback people send'],
  feedbackLimits: ['feedback_limits', 'Feedback sent per WeChat identity and day (the rate limit)'],
  mediaChecks: ['media_checks', 'Images sent to WeChat’s asynchronous check, by trace id, and the verdict'],
  reports: ['reports', 'Reports (举报) of accounts, messages and content, and staff decisions'],
  privacyRequests: ['privacy_requests', 'Requests about one’s own information (access, correction, deletion)'],
  auditLog: ['audit_log', 'Who did what: the append-only, sealed audit chain (lib/audit)'],
  auditHeads: ['audit_heads', 'The head of the audit chain (one document)'],
  auditWatch: ['audit_watch', 'Anomaly counters per actor, rule and hour, and the alerts raised (lib/audit)'],
  deviceLogs: ['device_logs', 'Reserved for client diagnostics (no function uses it yet)'],
  noticePreferences: ['notice_preferences', 'Which notice kinds and channels each person turned on'],
  announcements: ['announcements', 'Maintenance and service-change announcements (home banner, no personal data)'],
  pushRecipients: ['push_recipients', 'One record per recipient of a push job (claim, outcome)'],
  channelOutbox: ['channel_outbox', 'What the local SMS/email stand-in would have sent'],
  oidcClients: ['oidc_clients', 'Services that sign people in with the 琴易办 account (OpenID Connect clients)'],
  oidcAuthorizations: ['oidc_authorizations', 'Each person’s approval of a service: scopes, when, revoked'],
  oidcCodes: ['oidc_codes', 'Authorization codes by hash: single use, 60 seconds'],
  oidcTokens: ['oidc_tokens', 'Access and refresh tokens by hash, per authorization'],
  oidcQrSessions: ['oidc_qr_sessions', 'Scan-to-sign-in sessions: a service’s request by short id, 3 minutes'],
  linkedAccounts: [
    'linked_accounts',
    'Outside accounts (粤信签 …) bound to a 琴易办 account, one document per issuer+sub',
  ],
  staffProposals: [
    'staff_proposals',
    'Two-person rule: role grants and pushes to everyone one admin proposed, waiting for another (24 h)',
  ],
  linkStates: ['link_states', 'Links and linked sign-ins under way: state, nonce, PKCE verifier, 10 minutes'],
} as const satisfies Record<string, readonly [name: string, purpose: string]>;

type Declared = typeof DECLARED;

/** Every collection name, by the key code uses. Repositories are the only code that uses them. */
export const COLLECTIONS = Object.fromEntries(Object.entries(DECLARED).map(([key, [name]]) => [key, name])) as {
  readonly [K in keyof Declared]: Declared[K][0];
};

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

export interface CollectionDeclaration {
  name: CollectionName;
  purpose: string;
}

/** What exists in every environment: created by the deploy, and by the local cloud. */
export const DECLARED_COLLECTIONS: readonly CollectionDeclaration[] = Object.values(DECLARED).map(
  ([name, purpose]) => ({ name, purpose }),
);
