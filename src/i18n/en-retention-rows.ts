import type { Catalog } from './catalog';
import type { zhCNRetention } from './zh-CN-retention';

// Laws by their usual English titles; the policy by its name in en.ts (t.policy.names).
const PIPL = 'Personal Information Protection Law of the PRC (PIPL)';
const PIPL_19 = `${PIPL}, art. 19: information is kept for the shortest time the purpose of processing needs; personal information protection policy §6.2`;
const PIPL_56 = `${PIPL}, art. 56: records of processing are kept for at least three years`;
const ARCHIVES =
  'Archives Law of the PRC: the records a government body makes in handling a matter must be archived, for the periods set by the Provisions on the Scope of Archiving and the Retention Periods of Documentary Archives of State Organs (National Archives Administration Order No. 8); when the period ends they are appraised and disposed of, never deleted automatically by the app';
const WITH_ACCOUNT =
  'Personal information protection policy §6.2 and §8.5: kept only while we serve you; deleted with the account when the closure cooling-off period ends';
const CHAIN = `${PIPL}, art. 56 (records of processing kept for at least three years); each record is linked to the one before it in a hash chain, so the chain can only be kept whole and is never deleted record by record, and can be checked at any time for tampering`;
const NET_LOG = 'Cybersecurity Law of the PRC, art. 21: network logs are kept for at least six months';
const DISPUTES =
  'Personal information protection policy §6.2: the period reasonably needed to handle complaints and disputes';

const WHILE_ACCOUNT = {
  period: 'while the account exists',
  from: 'the end of the closure cooling-off period',
  basis: WITH_ACCOUNT,
};

/** The rows of config/retention.ts in English, by row key. */
export const enRetentionRows: Catalog<typeof zhCNRetention>['rows'] = {
  accounts: { what: 'Account and real-name details', ...WHILE_ACCOUNT },
  wechat_bindings: { what: 'Link to your WeChat identity', ...WHILE_ACCOUNT },
  staff_proposals: {
    what: 'Proposals and decisions on actions two administrators must approve (granting roles, pushes to everyone)',
    period: 'as long as the audit records',
    from: 'the decision',
    basis: CHAIN,
  },
  identity_reviews: {
    what: 'Staff real-name checks (ID photos are deleted as soon as the check is decided)',
    ...WHILE_ACCOUNT,
  },
  sessions: {
    what: 'Sign-ins',
    period: '30 days after they end or expire',
    from: 'the end or expiry of the sign-in',
    basis: `${PIPL_19}; the operator may adjust the period`,
  },
  unique_claims: {
    what: 'Uniqueness placeholders (blind index of ID numbers, authorisations awaiting review, places of applications in progress)',
    period: 'as long as what they hold a place for',
    from: 'account closure, the authorisation decided, or the application concluded',
    basis: WITH_ACCOUNT,
  },
  login_attempts: {
    what: 'Count of failed sign-ins',
    period: '180 days after the last failure',
    from: 'the last failed sign-in',
    basis: NET_LOG,
  },
  policy_versions: {
    what: 'Every version of the agreement and the policies',
    period: 'long term',
    from: 'publication',
    basis: 'No personal information; a consent record must always lead back to the text agreed to',
  },
  consents: {
    what: 'Consent records (the consent ledger)',
    period: 'three years after account closure',
    from: 'account closure',
    basis: CHAIN,
  },
  consent_heads: {
    what: 'Head of the consent ledger chain',
    period: 'as long as the consent records',
    from: 'account closure',
    basis: CHAIN,
  },
  enterprises: {
    what: 'Company registration details',
    period: '30 years',
    from: 'the last matter handled',
    basis: ARCHIVES,
  },
  agent_grants: {
    what: 'Company agent authorisations and their reviews',
    period: '30 years',
    from: 'the authorisation decision',
    basis: ARCHIVES,
  },
  matters: {
    what: 'Catalogue of services',
    period: 'long term',
    from: 'publication',
    basis: 'No personal information',
  },
  service_requests: { what: 'Applications', period: '30 years', from: 'the application concluded', basis: ARCHIVES },
  request_events: {
    what: 'How each application was handled',
    period: 'as long as the application (30 years)',
    from: 'the application concluded',
    basis: ARCHIVES,
  },
  files: {
    what: 'Unfinished uploads (started but not confirmed, or not passing the check)',
    period: '1 day; confirmed files are kept with the record that uses them',
    from: 'the start of the upload',
    basis: `${PIPL_19}: an unfinished upload serves no purpose`,
  },
  subscriptions: { what: 'Permissions to send you subscription messages', ...WHILE_ACCOUNT },
  messages: { what: 'Messages in My messages', period: '1 year', from: 'sending', basis: PIPL_19 },
  push_jobs: {
    what: 'Staff push jobs',
    period: '1 year after sending finishes',
    from: 'the end of sending',
    basis: PIPL_19,
  },
  feedback: { what: 'Feedback and complaints', period: '3 years', from: 'submission', basis: DISPUTES },
  feedback_limits: {
    what: 'Count of feedback sent each day',
    period: '2 days',
    from: 'the first feedback of the day',
    basis: 'Used only for the daily limit; not needed the next day',
  },
  media_checks: {
    what: 'Image content safety checks',
    period: '30 days',
    from: 'submission for checking',
    basis: 'WeChat sends the result within 30 minutes; kept 30 days to verify images taken down',
  },
  reports: {
    what: 'Reports and their outcome (contact details left when reporting a stolen account are stored encrypted)',
    period: '3 years',
    from: 'the report',
    basis: DISPUTES,
  },
  privacy_requests: {
    what: 'Requests about your personal information rights and our answers',
    period: '3 years',
    from: 'the request',
    basis: PIPL_56,
  },
  audit_log: {
    what: 'Audit records of staff actions',
    period: '3 years',
    from: 'recording',
    basis: `${NET_LOG}; ${CHAIN}`,
  },
  audit_watch: {
    what: 'Counts behind audit alerts',
    period: '3 years',
    from: 'the hour counted',
    basis: `${NET_LOG}; as the audit records`,
  },
  audit_heads: {
    what: 'Head of the audit chain',
    period: 'as long as the audit records',
    from: 'recording',
    basis: CHAIN,
  },
  device_logs: {
    what: 'Device diagnostic logs (not used yet)',
    period: 'to be set before they are used',
    from: '—',
    basis: 'Nothing is stored at present',
  },
  notice_preferences: { what: 'Notification settings', ...WHILE_ACCOUNT },
  push_recipients: {
    what: 'Delivery result of a push, person by person',
    period: '180 days',
    from: 'the start of sending',
    basis: PIPL_19,
  },
  channel_outbox: {
    what: 'Text messages and emails sent on your behalf in the local test environment',
    period: '30 days',
    from: 'sending',
    basis: `${PIPL_19}; exists only in the local test environment`,
  },
  oidc_clients: {
    what: 'Third-party services that offer sign-in with a Qin Yi Ban account',
    period: 'while the service is connected',
    from: '—',
    basis: "The service's name, icon and terms link; no personal information",
  },
  oidc_authorizations: {
    what: 'Your authorisations of third-party services',
    period: '3 years',
    from: 'withdrawal of the authorisation (kept throughout while it is in force)',
    basis: `${PIPL}, arts. 23 and 56: records of providing personal information to others are kept for at least three years`,
  },
  oidc_codes: {
    what: 'One-time authorisation codes for third-party sign-in',
    period: '1 day',
    from: 'issue (valid for 60 seconds)',
    basis: PIPL_19,
  },
  oidc_tokens: {
    what: 'Access and refresh tokens of third-party services',
    period: '30 days after they expire',
    from: 'expiry of the token',
    basis: PIPL_19,
  },
  oidc_qr_sessions: {
    what: "QR-code sign-ins to third-party services (the service's request, your decision)",
    period: '1 day',
    from: 'expiry of the QR code (valid for 3 minutes)',
    basis: PIPL_19,
  },
  linked_accounts: {
    what: 'Outside accounts you linked (such as Yuexinqian): the platform and the account identifier',
    period: 'while linked',
    from: '— (deleted when unlinked or the account is closed)',
    basis: `${PIPL}, art. 13(1)(ii): needed to sign in with the linked account; personal information protection policy §7.1`,
  },
  link_states: {
    what: 'Account linking or linked sign-in in progress (one-time check values)',
    period: '1 day',
    from: 'expiry of the request (valid for 10 minutes)',
    basis: PIPL_19,
  },
  announcements: {
    what: 'Announcements of maintenance and service changes',
    period: '1 year after the announcement ends',
    from: 'the end of the announcement',
    basis: `${PIPL_19}; announcements hold no personal information and are kept 1 year to answer questions about them`,
  },
  'storage-uploads': {
    what: 'Files you upload, not yet checked',
    period: '1 day',
    from: 'the start of the upload',
    basis: `${PIPL_19}: moved and deleted once the check passes; unfinished uploads deleted after 1 day`,
  },
  'storage-files': {
    what: 'Checked and stored files (application materials, feedback photos and voice notes, results, third-party service icons)',
    period:
      "kept with the record that uses them (application materials 30 years, feedback 3 years; a third-party service's icon while the service is registered, the old icon deleted when replaced)",
    from: "the start of the owning record's period",
    basis: `Application materials and results: ${ARCHIVES}; feedback attachments: personal information protection policy §6.2; third-party service icons hold no personal information`,
  },
};
