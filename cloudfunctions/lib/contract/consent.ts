import * as v from 'valibot';

/**
 * The `consent` function's inputs and outputs, shared by the function and the mini-program.
 * Strict objects: an unknown key (an `openid` slipped into the input, say) is refused, not ignored.
 */
export const CONSENT_DOCUMENT_IDS = ['user-agreement', 'privacy-policy', 'sdk-list'] as const;
export type ConsentDocumentId = (typeof CONSENT_DOCUMENT_IDS)[number];

/** What a general grant covers: the basic service functions the privacy policy describes. */
export const GENERAL_PURPOSES = ['basic-service'] as const;

/** Sensitive personal information (PIPL art. 28–31): each needs its own, separate consent. */
export const SENSITIVE_PURPOSES = ['face-verification', 'id-number', 'bank-account', 'location', 'minor-data'] as const;
export type SensitivePurpose = (typeof SENSITIVE_PURPOSES)[number];

export const CONSENT_PURPOSES = [...GENERAL_PURPOSES, ...SENSITIVE_PURPOSES] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Where in the app the person decided. */
export const CONSENT_CHANNELS = ['launch-gate', 'reconsent', 'privacy-center', 'feature'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const version = v.pipe(v.string(), v.regex(/^[0-9A-Za-z._-]{1,32}$/));

/** What the device says about itself. Recorded as declared by the client, next to the context's ip. */
export const DeviceSchema = v.strictObject({
  brand: v.optional(text(64)),
  model: v.optional(text(64)),
  system: v.optional(text(64)),
  platform: v.optional(text(32)),
  sdkVersion: v.optional(text(32)),
});
export type DeviceInfo = v.InferOutput<typeof DeviceSchema>;

export const DocumentRefSchema = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(32)),
  version,
  sha256,
});
export type DocumentRef = v.InferOutput<typeof DocumentRefSchema>;

export const GrantInputSchema = v.strictObject({
  documents: v.pipe(
    v.array(DocumentRefSchema),
    v.minLength(1),
    v.maxLength(CONSENT_DOCUMENT_IDS.length),
    v.check((refs) => new Set(refs.map((r) => r.id)).size === refs.length, 'duplicate document'),
  ),
  purposes: v.pipe(v.array(v.picklist(CONSENT_PURPOSES)), v.minLength(1), v.maxLength(CONSENT_PURPOSES.length)),
  channel: v.picklist(CONSENT_CHANNELS),
  device: v.optional(DeviceSchema),
});
export type GrantInput = v.InferOutput<typeof GrantInputSchema>;

export const WithdrawInputSchema = v.strictObject({
  documentIds: v.pipe(
    v.array(v.picklist(CONSENT_DOCUMENT_IDS)),
    v.minLength(1),
    v.maxLength(CONSENT_DOCUMENT_IDS.length),
  ),
  channel: v.picklist(CONSENT_CHANNELS),
  device: v.optional(DeviceSchema),
});
export type WithdrawInput = v.InferOutput<typeof WithdrawInputSchema>;

/** A guardian deciding for a child under 14 (PIPL art. 31). The id number stays on the device side. */
export const GuardianSchema = v.strictObject({
  name: text(32),
  relationship: v.picklist(['parent', 'guardian'] as const),
});
export type Guardian = v.InferOutput<typeof GuardianSchema>;

export const SensitiveGrantInputSchema = v.strictObject({
  purpose: v.picklist(SENSITIVE_PURPOSES),
  /** The privacy policy version whose sensitive-information clauses the person read. */
  policy: DocumentRefSchema,
  channel: v.picklist(CONSENT_CHANNELS),
  guardian: v.optional(GuardianSchema),
  device: v.optional(DeviceSchema),
});
export type SensitiveGrantInput = v.InferOutput<typeof SensitiveGrantInputSchema>;

export const SensitiveWithdrawInputSchema = v.strictObject({
  purpose: v.picklist(SENSITIVE_PURPOSES),
  channel: v.picklist(CONSENT_CHANNELS),
  device: v.optional(DeviceSchema),
});
export type SensitiveWithdrawInput = v.InferOutput<typeof SensitiveWithdrawInputSchema>;

export const HistoryInputSchema = v.optional(
  v.strictObject({
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
    /** Entries with a sequence number below this one (paging backwards). */
    beforeSeq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
);
export type HistoryInput = v.InferOutput<typeof HistoryInputSchema>;

export const EmptyInputSchema = v.optional(v.strictObject({}));

export type ConsentAction = 'grant' | 'withdraw';

export type ConsentSubject =
  | { kind: 'document'; documentId: ConsentDocumentId; version: string; sha256: string }
  | { kind: 'sensitive'; purpose: SensitivePurpose; documentId: 'privacy-policy'; version: string; sha256: string };

/** One ledger entry as the person sees it: what, which version, when, and its receipt hash. */
export interface ConsentReceipt {
  seq: number;
  action: ConsentAction;
  subject: ConsentSubject;
  purposes: ConsentPurpose[];
  channel: ConsentChannel;
  at: string;
  guardian?: Guardian;
  prevHash: string;
  hash: string;
}

export type DocumentConsentState = 'granted' | 'outdated' | 'withdrawn' | 'none';

export interface DocumentStatus {
  id: ConsentDocumentId;
  title: string;
  currentVersion: string;
  effectiveDate: string;
  sha256: string;
  changeSummary: string;
  reconsentRequired: boolean;
  state: DocumentConsentState;
  grantedVersion: string | null;
  /** True when the person must (re-)agree before using anything that processes personal data. */
  needsConsent: boolean;
  at: string | null;
}

export interface SensitiveStatus {
  purpose: SensitivePurpose;
  granted: boolean;
  version: string | null;
  at: string | null;
}

export interface ConsentStatusOutput {
  documents: DocumentStatus[];
  sensitive: SensitiveStatus[];
  /** The launch documents (agreement + privacy policy) are all granted at acceptable versions. */
  accepted: boolean;
  head: { seq: number; hash: string };
}

export interface RecordConsentOutput {
  receipts: ConsentReceipt[];
}

export interface ConsentHistoryOutput {
  entries: ConsentReceipt[];
  nextBeforeSeq: number | null;
}

export type LedgerProblemKind =
  'entry-altered' | 'link-broken' | 'entry-missing' | 'head-mismatch' | 'head-missing' | 'seal-invalid';

export interface LedgerProblem {
  seq: number;
  kind: LedgerProblemKind;
}

export interface VerifyLedgerOutput {
  intact: boolean;
  length: number;
  headHash: string;
  problems: LedgerProblem[];
}
