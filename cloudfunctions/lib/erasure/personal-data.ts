import { RETENTION_COLLECTIONS } from '../../../config/retention';
import type { ErasableData } from '../contract/privacy';
import { COLLECTIONS, type CollectionName } from '../infra/collections';

/**
 * What each collection holds of one person, and what an erasure does with it. Typed over every
 * declared collection, so a new collection does not compile until it is placed here; the reason a
 * record is kept is never written here but read from config/retention.ts (one text, one place).
 * - `erase`: deleted when the person's erasure names `data` (and always when the account closes),
 *   found by `owner` (an indexed field holding the account id, or `_id` itself).
 * - `account`: the account record and its WeChat binding, anonymised by the account closure itself.
 * - `ledger`: the consent ledger: kept whole (PIPL art. 56, its hash chain), pseudonymised when the
 *   account closes (the IP and device go; a salted digest the hash covers stays).
 * - `kept`: records of matters the bureau handled or the law makes us keep; shown with their basis.
 * - `none`: holds nothing tied to one person (catalogues, staff jobs, reserved, local-only stand-ins).
 */
export type Holding =
  | { kind: 'erase'; data: ErasableData; owner: string; withStorage?: true }
  | { kind: 'account' | 'ledger' | 'kept' | 'none' };

const erase = (data: ErasableData, owner = 'accountId', withStorage?: true): Holding =>
  withStorage ? { kind: 'erase', data, owner, withStorage } : { kind: 'erase', data, owner };

export const PERSONAL_DATA: Readonly<Record<CollectionName, Holding>> = {
  accounts: { kind: 'account' },
  wechat_bindings: { kind: 'account' },
  sessions: erase('sessions'),
  // Keyed by the account name, kept for the network-log period (Cybersecurity Law art. 21).
  login_attempts: { kind: 'kept' },
  policy_versions: { kind: 'none' },
  consents: { kind: 'ledger' },
  consent_heads: { kind: 'ledger' },
  enterprises: { kind: 'kept' },
  agent_grants: { kind: 'kept' },
  matters: { kind: 'none' },
  service_requests: { kind: 'kept' },
  request_events: { kind: 'kept' },
  // Uploads attached to a submitted application are part of its record and kept with it (eraser).
  files: erase('uploads', 'accountId', true),
  subscriptions: erase('notice-settings'),
  messages: erase('messages'),
  push_jobs: { kind: 'none' },
  feedback: erase('feedback', 'accountId', true),
  reports: { kind: 'none' },
  privacy_requests: { kind: 'kept' },
  audit_log: { kind: 'kept' },
  audit_heads: { kind: 'none' },
  // Two-person-rule proposals: staff decisions, kept with the audit trail they are part of.
  staff_proposals: { kind: 'kept' },
  device_logs: { kind: 'none' },
  notice_preferences: erase('notice-settings', '_id'),
  push_recipients: erase('messages'),
  channel_outbox: { kind: 'none' },
  // A per-WeChat-identity daily counter with no content; retention removes it within days.
  feedback_limits: { kind: 'none' },
  // WeChat's verdict on a feedback photo: goes with the feedback it names.
  media_checks: erase('feedback'),
  // The staff real-name check; its document photo is an upload (erased with the uploads).
  identity_reviews: erase('uploads', '_id'),
  oidc_clients: { kind: 'none' },
  announcements: { kind: 'none' },
  // Staff reads counted per hour for the anomaly alerts: part of the audit trail, kept with it.
  audit_watch: { kind: 'kept' },
  // One-holder claims (document, WeChat binding, pending grant, open-request slot): the account
  // closure releases the document claim; the others name a finished holder and are taken over.
  unique_claims: { kind: 'account' },
  // Services I signed in to, and their codes and tokens: erased with my login records, so a closed
  // account's tokens die with it.
  oidc_authorizations: erase('sessions'),
  oidc_codes: erase('sessions'),
  oidc_tokens: erase('sessions'),
  oidc_qr_sessions: erase('sessions'),
  // Outside accounts I linked are ways to sign in, like sessions: erased with them, and at closure.
  linked_accounts: erase('sessions'),
  link_states: erase('sessions'),
};

/** The collections one kind of data lives in, with how to find the person's records. */
export function holdingsOf(data: ErasableData): { collection: CollectionName; owner: string; withStorage: boolean }[] {
  return (Object.entries(PERSONAL_DATA) as [CollectionName, Holding][]).flatMap(([collection, h]) =>
    h.kind === 'erase' && h.data === data ? [{ collection, owner: h.owner, withStorage: h.withStorage === true }] : [],
  );
}

/** What the law makes us keep after any erasure, in the retention table's own words. */
export function keptByLaw(): { collection: CollectionName; what: string; basis: string }[] {
  const kept = (Object.entries(PERSONAL_DATA) as [CollectionName, Holding][]).filter(
    ([, h]) => h.kind === 'kept' || h.kind === 'ledger',
  );
  // A chain's head is listed under its chain.
  return kept
    .filter(([c]) => c !== COLLECTIONS.consentHeads)
    .map(([c]) => ({ collection: c, what: RETENTION_COLLECTIONS[c].what, basis: RETENTION_COLLECTIONS[c].basis }));
}
