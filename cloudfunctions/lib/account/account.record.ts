import type { NoticeText } from '../contract/notices/notice-text';
import type { AccountState, FacePurpose, Role, VerificationLevel } from '../contract/account';
import type { DocumentRegion, DocumentType } from '../contract/identity-document';
import type { MobileCountryCode } from '../contract/mobile-number';
import type { Sealed } from '../crypto/field-cipher';

/**
 * An account as stored. Flat on purpose: the SDK's update merges nested objects by dot path, and
 * a field that toggles between null and a value must be a top-level field. Times are epoch ms.
 * Sensitive values are sealed (AES-256-GCM) and found by blind index; a closed account keeps
 * none of them.
 */
export interface AccountRecord {
  _id: string;
  accountName: string;
  passwordHash: string;
  passwordChangedAt: number;
  /** The WeChat identity the account is bound to (§3.2.1: only the initial registrant uses it). */
  openid: string | null;
  realName: Sealed | null;
  documentType: DocumentType;
  documentRegion: DocumentRegion;
  documentNumber: Sealed | null;
  documentIndex: string | null;
  birthDate: Sealed | null;
  mobileCountryCode: MobileCountryCode | null;
  mobileNumber: Sealed | null;
  mobileIndex: string | null;
  address: Sealed | null;
  contact: Sealed | null;
  verificationLevel: VerificationLevel;
  documentCheckedAt: number | null;
  faceVerifiedAt: number | null;
  /**
   * The one face verification under way (face-session.ts): the verify id WeChat gave, the
   * out_seq_no and WeChat identity it was asked with, its purpose and expiry. Cleared when used.
   */
  faceVerifyId?: string | null;
  faceOutSeqNo?: string | null;
  faceOpenid?: string | null;
  facePurpose?: FacePurpose | null;
  faceExpiresAt?: number | null;
  /**
   * Impostor recovery (document-claim.ts): the blind index of a document another account holds,
   * which this account claims once its real name is verified; and, on the frozen other account,
   * the claimant it impersonated.
   */
  claimsDocument?: string | null;
  impersonating?: string | null;
  statusState: AccountState;
  statusReason: string | null;
  statusUntil: number | null;
  statusSetBy: string | null;
  statusSetAt: number | null;
  roles: Role[];
  /**
   * The staff second factor (lib/staff-factor): the TOTP secret sealed, the one shown at enrolment
   * until its first code confirms it, when that was, and the last time step accepted (a code works once).
   */
  staffFactorSecret?: Sealed | null;
  staffFactorPending?: Sealed | null;
  staffFactorEnrolledAt?: number | null;
  staffFactorLastStep?: number | null;
  /** The agreement and policy versions accepted at registration (the consent ledger has the rest). */
  agreements: { id: string; version: string; sha256: string; acceptedAt: number }[];
  cancellationPending: boolean;
  cancellationRequestedAt: number | null;
  cancellationEffectiveAt: number | null;
  closedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface BindingRecord {
  /** The openid itself: one WeChat identity binds at most one account. */
  _id: string;
  accountId: string;
  boundAt: number;
  via: 'registration' | 'face-reverification';
}

export interface SessionRecord {
  _id: string;
  openid: string;
  accountId: string;
  createdAt: number;
  expiresAt: number;
  endedAt: number | null;
  endReason:
    | 'sign-out'
    | 'password-changed'
    | 'rebound'
    | 'cancellation'
    | 'replaced'
    | 'closed'
    | 'staff-idle'
    | 'staff-limit'
    | 'ended-by-owner'
    | 'frozen'
    | null;
  /** Staff sessions: when the second factor was given in this session, the last step-up. */
  factorAt?: number | null;
  stepUpAt?: number | null;
  /** The device's model and platform as reported at sign-in (sessions.ts `deviceLabel`); null if none. */
  device?: string | null;
  /**
   * Last time a call used this session (account-guard.ts touchDue): a staff session's every call, so
   * its idle limit is measured here; other sessions to within SESSION_TOUCH_MS. Absent on sessions
   * from before.
   */
  lastUsedAt?: number;
}

export interface LoginAttemptRecord {
  /** `account:<name>:<openid>`, `openid:<openid>` or `others:<name>` (password-attempts.ts); names that do not exist are counted too. */
  _id: string;
  failures: number;
  lastFailureAt: number | null;
  lockedUntil: number | null;
  /** How many times this key has been locked: each lock lasts twice as long as the one before. */
  locks: number;
  /** On an account's strangers' counter: until when the owner has been told of the guessing. */
  alertedUntil?: number | null;
}

export interface InboxMessageRecord {
  _id: string;
  accountId: string;
  kind: string;
  title: string;
  body: string;
  text?: NoticeText | null;
  createdAt: number;
  readAt: number | null;
}
