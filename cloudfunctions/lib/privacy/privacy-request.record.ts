import type {
  CorrectionField,
  ErasableData,
  ErasureOutcome,
  PrivacyRequestKind,
  PrivacyRequestStatus,
} from '../contract/privacy';
import type { Sealed } from '../crypto/field-cipher';

/**
 * One request about a person's own information, as stored in `privacy_requests`. The owner is the
 * signed-in account that filed it. A correction's proposed values are sealed (AES-256-GCM, bound to
 * the request id); the free text the person wrote is kept as written. Times are epoch ms.
 */
export interface PrivacyRequestRecord {
  _id: string;
  accountId: string;
  kind: PrivacyRequestKind;
  status: PrivacyRequestStatus;
  fields: CorrectionField[];
  /** JSON of the proposed correction, sealed; null for other kinds. */
  proposed: Sealed | null;
  reason: string | null;
  what: string | null;
  /** A deletion's named records (absent on requests filed before it was asked). */
  scope?: ErasableData[];
  /** Once an approved deletion ran: counts erased and what the law keeps. */
  erasure?: ErasureOutcome | null;
  question: string | null;
  createdAt: number;
  /** YYYY-MM-DD in Asia/Shanghai: 15 working days after the filing day. */
  dueDate: string;
  dueDateConfirmed: boolean;
  decidedAt: number | null;
  decidedBy: string | null;
  reply: string | null;
  cancelledAt: number | null;
  updatedAt: number;
}
