import * as v from 'valibot';
import { IdentityDocumentSchema, type DocumentType } from './identity-document';
import { EnterpriseIdSchema, MatterCodeSchema, PageInputFields, UploadIdSchema, type EnterpriseRef } from './requests';
import { UsccSchema } from './uscc';

/**
 * Enterprises and their agents, shared by the `requests` function and the mini-program.
 * An enterprise is identified by its unified social credit code; a person acts for it only under an
 * agent grant (scope of matters, validity period) proven by an authorisation upload and approved
 * by a reviewer. The legal representative (matched by identity document) or staff may revoke it.
 */
export { UsccSchema } from './uscc';

const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(100));
const PersonNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(2),
  v.maxLength(60),
  v.regex(/^[\p{Script=Han}A-Za-z·.' -]+$/u, 'real-name'),
);
const DateSchema = v.pipe(v.string(), v.isoDate());
const GrantIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));

export const RegisterEnterpriseInputSchema = v.strictObject({
  uscc: UsccSchema,
  name: NameSchema,
  legalRepresentative: v.strictObject({ name: PersonNameSchema, document: IdentityDocumentSchema }),
});
export type RegisterEnterpriseInput = v.InferInput<typeof RegisterEnterpriseInputSchema>;

export const FindEnterpriseInputSchema = v.strictObject({ uscc: UsccSchema });

/** Longest validity of one grant: a year, as a power of attorney usually runs. */
export const GRANT_MAX_DAYS = 366;

export const RequestGrantInputSchema = v.pipe(
  v.strictObject({
    enterpriseId: EnterpriseIdSchema,
    /** The matters the agent may handle for the enterprise. */
    matterCodes: v.pipe(v.array(MatterCodeSchema), v.minLength(1), v.maxLength(30)),
    validFrom: DateSchema,
    validUntil: DateSchema,
    /** The signed power of attorney (upload purpose 'authorisation'). */
    authorisationUploadId: UploadIdSchema,
  }),
  v.check((g) => g.validFrom <= g.validUntil, 'grant-period'),
);
export type RequestGrantInput = v.InferInput<typeof RequestGrantInputSchema>;

export const GrantRefInputSchema = v.strictObject({ grantId: GrantIdSchema });
export const EnterpriseGrantsInputSchema = v.strictObject({ enterpriseId: EnterpriseIdSchema });
export const RevokeGrantInputSchema = v.strictObject({
  grantId: GrantIdSchema,
  reason: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(200)),
});
export const DecideGrantInputSchema = v.strictObject({
  grantId: GrantIdSchema,
  decision: v.picklist(['approve', 'refuse'] as const),
  comment: v.pipe(v.string(), v.trim(), v.maxLength(200)),
});
export const GrantQueueInputSchema = v.strictObject({
  status: v.optional(v.picklist(['pending', 'approved', 'refused', 'revoked'] as const)),
  ...PageInputFields,
});

export const GRANT_STATUSES = ['pending', 'approved', 'refused', 'revoked'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export interface EnterpriseView extends EnterpriseRef {
  /** Masked: the name's first character and the document's ends only. */
  legalRepresentative: { name: string; documentType: DocumentType; documentNumber: string };
  registeredAt: string;
  /** The signed-in person is the legal representative of this verified registration (manages its grants). */
  isLegalRepresentative: boolean;
  /** The legal representative was confirmed by the business registry or by staff from the licence. */
  verified: boolean;
}

export interface AgentGrantView {
  id: string;
  enterprise: EnterpriseRef;
  /** Masked real name of the agent. */
  agentName: string;
  matterCodes: string[];
  validFrom: string;
  validUntil: string;
  status: GrantStatus;
  /** Approved and today (Asia/Shanghai) within the validity period. */
  current: boolean;
  requestedAt: string;
  decidedAt: string | null;
  decisionComment: string | null;
  revokedAt: string | null;
  revokedBy: 'legal-representative' | 'staff' | null;
  revokeReason: string | null;
}

export interface StaffGrantView extends AgentGrantView {
  agent: { accountName: string; realName: string };
  authorisation: { name: string; url: string | null };
}
