/** Every collection name, written once. Repositories are the only code that uses them. */
export const COLLECTIONS = {
  accounts: 'accounts',
  wechatBindings: 'wechat_bindings',
  sessions: 'sessions',
  loginAttempts: 'login_attempts',
  policyVersions: 'policy_versions',
  consents: 'consents',
  consentHeads: 'consent_heads',
  enterprises: 'enterprises',
  agentGrants: 'agent_grants',
  matters: 'matters',
  serviceRequests: 'service_requests',
  requestEvents: 'request_events',
  files: 'files',
  subscriptions: 'subscriptions',
  messages: 'messages',
  pushJobs: 'push_jobs',
  feedback: 'feedback',
  reports: 'reports',
  privacyRequests: 'privacy_requests',
  auditLog: 'audit_log',
  deviceLogs: 'device_logs',
  noticePreferences: 'notice_preferences',
  pushRecipients: 'push_recipients',
  channelOutbox: 'channel_outbox',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
