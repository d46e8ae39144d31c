import type {
  ConsentAction,
  ConsentChannel,
  ConsentDocumentId,
  ConsentPurpose,
  ConsentSubject,
  DeviceInfo,
  Guardian,
  SensitivePurpose,
} from '../contract/consent';

/** What a ledger entry says. Everything here is covered by the entry's hash. */
export interface EntryBody {
  openid: string;
  action: ConsentAction;
  subject: ConsentSubject;
  purposes: ConsentPurpose[];
  channel: ConsentChannel;
  guardian?: Guardian;
  /** Server time (the function's clock), ISO 8601. */
  at: string;
  /** From the cloud context, never from the event. */
  clientIp: string | null;
  source: string | null;
  /** As declared by the client; kept apart from what the context proves. */
  device: DeviceInfo | null;
  requestId: string;
  /**
   * Salted sha256 of the IP and device (pii-digest.ts). The hash covers this instead of them, so
   * they can be erased when the account closes and the chain still verifies. Absent on entries
   * written before: their hash covers the raw values, which therefore stay.
   */
  piiDigest?: string;
  /** The digest's salt, outside the hash; erased with the IP and device, after which the digest points to nobody. */
  piiSalt?: string | null;
}

/** One link of a person's chain: `hash = sha256(canonical(body, seq, prevHash))`. */
export interface LedgerEntry extends EntryBody {
  _id: string;
  seq: number;
  prevHash: string;
  hash: string;
  /** HMAC of `hash` with the server's ledger key (ledger-seal.ts); outside what the hash covers. */
  seal?: string;
}

export interface SubjectState {
  action: ConsentAction;
  version: string;
  sha256: string;
  at: string;
  seq: number;
}

/** The latest decision per subject: a fold of the chain, cached in the head for fast reads. */
export interface ConsentState {
  documents: Partial<Record<ConsentDocumentId, SubjectState>>;
  sensitive: Partial<Record<SensitivePurpose, SubjectState>>;
}

/**
 * The end of a person's chain, stored apart from the entries: it lets verification notice
 * entries removed from the end, which the links alone cannot show.
 */
export interface ChainHead {
  seq: number;
  hash: string;
  state: ConsentState;
  updatedAt: string;
  /** HMAC of `seq:hash` with the server's ledger key. */
  seal?: string;
}

export { GENESIS_HASH } from '../chain/genesis';

export const EMPTY_STATE: ConsentState = { documents: {}, sensitive: {} };

export function entryId(openid: string, seq: number): string {
  return `${openid}:${String(seq).padStart(10, '0')}`;
}
