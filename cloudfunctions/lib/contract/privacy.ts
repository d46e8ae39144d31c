import type { StaffRead } from './audit';
import * as v from 'valibot';
import type { AccountState, Role, VerificationLevel } from './account';
import { RealNameSchema } from './account';
import type { ConsentReceipt, DeviceInfo } from './consent';
import { IdentityDocumentSchema, type DocumentRegion, type DocumentType } from './identity-document';
import { PASSWORD_MAX } from './password-rules';

/**
 * The `privacy` function's inputs and outputs (policy §8.1–8.6, PIPL arts. 44–47): a person's
 * requests about their own information, staff handling them, and a copy of what is stored.
 * Shared by the function and the mini-program; strict objects refuse any slipped-in id.
 */
export const PRIVACY_REQUEST_KINDS = ['correction', 'deletion', 'question'] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];

export const PRIVACY_REQUEST_STATUSES = ['open', 'approved', 'refused', 'cancelled'] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];

/** The registration information a person cannot change themselves (agreement §4.3). */
export const CORRECTION_FIELDS = ['realName', 'document'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/**
 * What a deletion request can name, and an approved one erases (policy §8.3, PIPL art. 47): the
 * person's own records that no law makes us keep. Records of matters the bureau handled are kept
 * (ErasureOutcome.kept says why); application drafts live on the device only.
 */
export const ERASABLE_DATA = ['feedback', 'uploads', 'messages', 'sessions', 'notice-settings'] as const;
export type ErasableData = (typeof ERASABLE_DATA)[number];

/** What an erasure did: counts only (never the erased contents), and what was kept with its legal basis. */
export interface ErasureOutcome {
  erased: { data: ErasableData; records: number; files: number }[];
  /**
   * Each kept record in the retention table's words (Simplified Chinese), with the table's row
   * (`collection`) so a screen can show that row in the reader's language; outcomes stored before
   * the row was named carry the words only.
   */
  kept: { collection?: string; what: string; basis: string }[];
}

/** The promised answer time, in working days of the mainland calendar (config/holidays.ts). */
export const PRIVACY_DUE_WORKING_DAYS = 15;

const Password = v.pipe(v.string(), v.minLength(1), v.maxLength(PASSWORD_MAX));
const Text = (min: number, max: number) => v.pipe(v.string(), v.trim(), v.minLength(min), v.maxLength(max));
export const RequestIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/));

export const ProposedCorrectionSchema = v.pipe(
  v.strictObject({
    realName: v.optional(RealNameSchema),
    document: v.optional(IdentityDocumentSchema),
  }),
  v.check((p) => p.realName !== undefined || p.document !== undefined, 'nothing-proposed'),
);
export type ProposedCorrection = v.InferOutput<typeof ProposedCorrectionSchema>;

export const FileRequestInputSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('correction'),
    password: Password,
    proposed: ProposedCorrectionSchema,
    /** Why the stored value is wrong. */
    reason: Text(2, 300),
  }),
  v.strictObject({
    kind: v.literal('deletion'),
    password: Password,
    /** What should be deleted (§8.2), in the person's words. */
    what: Text(2, 300),
    /** The same, as the records an approval erases: exactly these, nothing else. */
    scope: v.pipe(v.array(v.picklist(ERASABLE_DATA)), v.minLength(1), v.maxLength(ERASABLE_DATA.length)),
    /** Why: collected or used against the law or the agreement. */
    reason: Text(2, 500),
  }),
  v.strictObject({
    kind: v.literal('question'),
    password: Password,
    question: Text(2, 1000),
  }),
]);
export type FileRequestInput = v.InferInput<typeof FileRequestInputSchema>;

export const RequestRefSchema = v.strictObject({ id: RequestIdSchema });

export const CopyInputSchema = v.strictObject({ password: Password });

export const QueueInputSchema = v.optional(
  v.strictObject({ status: v.optional(v.picklist(PRIVACY_REQUEST_STATUSES)) }),
);

export const DecideInputSchema = v.strictObject({
  id: RequestIdSchema,
  outcome: v.picklist(['approved', 'refused'] as const),
  /** The answer the person reads: required, and for a refusal the reason (§8.3, §8.4). */
  reply: Text(2, 500),
});

/** What the person sees of their own request (a proposed value masked). */
export interface PrivacyRequestView {
  id: string;
  kind: PrivacyRequestKind;
  status: PrivacyRequestStatus;
  fields: CorrectionField[];
  /** Masked proposed values of a correction. */
  proposed: { realName?: string; document?: { type: DocumentType; number: string } } | null;
  text: { reason?: string; what?: string; question?: string };
  createdAt: string;
  /** YYYY-MM-DD, Asia/Shanghai. */
  dueDate: string;
  /** Whether the due date counts over a published holiday arrangement (false: provisional year). */
  dueDateConfirmed: boolean;
  decidedAt: string | null;
  reply: string | null;
  /** A deletion request: what it names; once approved, what was erased and what the law keeps. */
  scope: ErasableData[];
  erasure: ErasureOutcome | null;
}

export interface MyRequestsOutput {
  items: PrivacyRequestView[];
}

export interface StaffQueueItem {
  id: string;
  kind: PrivacyRequestKind;
  status: PrivacyRequestStatus;
  accountName: string;
  fields: CorrectionField[];
  createdAt: string;
  dueDate: string;
  overdue: boolean;
}

export interface StaffRequestDetail extends StaffQueueItem {
  text: PrivacyRequestView['text'];
  /** Masked; `reveal` shows them in full, and is audited. */
  proposed: PrivacyRequestView['proposed'];
  current: { realName: string; document: { type: DocumentType; number: string } } | null;
  decidedAt: string | null;
  reply: string | null;
}

export interface RevealOutput {
  proposed: { realName?: string; document?: { type: DocumentType; number: string } };
  current: { realName: string; document: { type: DocumentType; number: string } } | null;
}

/** Everything stored about the caller (PIPL art. 45), unmasked: returned to them alone. */
export interface PersonalCopy {
  generatedAt: string;
  account: {
    accountName: string;
    realName: string | null;
    document: { type: DocumentType; region: DocumentRegion; number: string | null; birthDate: string | null };
    mobile: { countryCode: string | null; number: string | null };
    address: string | null;
    contact: string | null;
    verification: { level: VerificationLevel; documentCheckedAt: string | null; faceVerifiedAt: string | null };
    status: { state: AccountState; reason: string | null; until: string | null };
    roles: Role[];
    createdAt: string;
    passwordChangedAt: string;
    cancellation: { requestedAt: string; effectiveAt: string } | null;
  };
  agreements: { id: string; version: string; sha256: string; acceptedAt: string }[];
  wechat: { openid: string | null; boundAt: string | null; via: string | null };
  /** With the IP and device recorded when each was given (policy §6.3.1): null once erased. */
  consents: (ConsentReceipt & { clientIp: string | null; device: DeviceInfo | null })[];
  sessions: { createdAt: string; expiresAt: string; endedAt: string | null; endReason: string | null }[];
  requests: PrivacyRequestView[];
  counts: { messages: number; unreadMessages: number; feedback: number; files: number; serviceRequests: number };
  /** Who on staff read this person's information, newest first (from the audit chain). */
  staffReads: StaffRead[];
}
