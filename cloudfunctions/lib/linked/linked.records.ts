/** An outside account bound to a 琴易办 account. `_id` is fixed by issuer and subject (bind-key). */
export interface LinkedAccountRecord {
  _id: string;
  accountId: string;
  provider: string;
  issuer: string;
  sub: string;
  linkedAt: number;
}

/** A link or sign-in under way: what the callback is checked against, kept only server-side. */
export interface LinkStateRecord {
  /** The `state` sent to the provider. */
  _id: string;
  purpose: 'link' | 'sign-in';
  provider: string;
  /** The account being linked; null for a sign-in (nobody is signed in yet). */
  accountId: string | null;
  /** A digest of the WeChat identity that started it: only that identity may finish it. */
  caller: string;
  nonce: string;
  verifier: string;
  createdAt: number;
  expiresAt: number;
}

export interface LinkedRepository {
  /** Inserts; false when the `_id` (issuer+sub) is already bound, to anyone. */
  bind(record: LinkedAccountRecord): Promise<boolean>;
  linked(id: string): Promise<LinkedAccountRecord | null>;
  linkedOf(accountId: string): Promise<LinkedAccountRecord[]>;
  unbind(id: string): Promise<void>;
  putState(state: LinkStateRecord): Promise<void>;
  /** Reads and removes: of two callbacks with one state only one gets it. */
  takeState(id: string): Promise<LinkStateRecord | null>;
}
