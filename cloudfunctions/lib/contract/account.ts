import * as v from 'valibot';
import {
  DocumentTypeSchema,
  IdentityDocumentSchema,
  type DocumentRegion,
  type DocumentType,
} from './identity-document';
import { MobileSchema, type MobileCountryCode } from './mobile-number';
import { PASSWORD_MAX, isStrongPassword } from './password-rules';
import { SessionDeviceSchema } from './sessions';

/**
 * The `account` function's inputs and outputs, shared by the function and the mini-program.
 * Strict objects: an unknown key (an `openid` or `accountId` slipped into the input) is refused.
 */
export const ACCOUNT_NAME_PATTERN = /^[a-z][a-z0-9_]{3,19}$/;

export function normalizeAccountName(raw: string): string {
  return raw.trim().toLowerCase();
}

export const AccountNameSchema = v.pipe(
  v.string(),
  v.maxLength(40),
  v.transform(normalizeAccountName),
  v.regex(ACCOUNT_NAME_PATTERN, 'account-name'),
);

const PasswordSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(PASSWORD_MAX));
export const RealNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(2),
  v.maxLength(60),
  v.regex(/^[\p{Script=Han}A-Za-z·.' -]+$/u, 'real-name'),
);

export const ConsentRefSchema = v.strictObject({
  id: v.picklist(['user-agreement', 'privacy-policy'] as const),
  version: v.pipe(v.string(), v.regex(/^[0-9A-Za-z._-]{1,32}$/)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});
export type ConsentRef = v.InferOutput<typeof ConsentRefSchema>;

export const RegisterInputSchema = v.pipe(
  v.strictObject({
    accountName: AccountNameSchema,
    password: PasswordSchema,
    device: v.optional(SessionDeviceSchema),
    mobile: MobileSchema,
    realName: RealNameSchema,
    document: IdentityDocumentSchema,
    /** The exact agreement and privacy policy versions the person ticked, in the same step. */
    consent: v.pipe(v.array(ConsentRefSchema), v.length(2)),
    /** The separate consent to processing the identity document number (PIPL art. 29). */
    documentConsent: v.literal(true),
    /**
     * "This document is mine": registers although another account holds the document; the
     * document moves here once this account's real name is verified (issue 15, finding 7).
     */
    claimDocument: v.optional(v.literal(true)),
  }),
  v.forward(
    v.check((input) => isStrongPassword(input.password, input.accountName), 'weak-password'),
    ['password'],
  ),
);
export type RegisterInput = v.InferInput<typeof RegisterInputSchema>;

export const SignInInputSchema = v.strictObject({
  accountName: v.pipe(v.string(), v.maxLength(40), v.transform(normalizeAccountName)),
  password: PasswordSchema,
  /** The staff second factor: asked for when the server answers STAFF.FACTOR_REQUIRED. */
  totpCode: v.optional(v.pipe(v.string(), v.regex(/^\d{6}$/))),
  /** The device's platform and model, kept on the session so the owner can tell their sessions apart. */
  device: v.optional(SessionDeviceSchema),
});
export type SignInInput = v.InferInput<typeof SignInInputSchema>;

export const ChangePasswordInputSchema = v.strictObject({
  currentPassword: PasswordSchema,
  newPassword: PasswordSchema,
});

const optionalText = (max: number) => v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(max)));

export const UpdateProfileInputSchema = v.strictObject({
  mobile: v.optional(MobileSchema),
  address: v.optional(optionalText(120)),
  contact: v.optional(optionalText(60)),
  /** Changing the mobile number needs the password again. */
  password: v.optional(PasswordSchema),
});

/**
 * Face verification (人脸核身) is WeChat's: it compares the face with the public-security photo of
 * a mainland resident identity card and accepts nothing else (cert_type IDENTITY_CARD only, 微信人脸核身
 * 接口能力: "目前仅支持持二代身份证的大陆居民"). A residence permit passes the GB 11643 check too, so
 * the rule is the document type and region, never the number's shape.
 */
export function faceVerificationSupported(document: { type: DocumentType; region: DocumentRegion }): boolean {
  return document.type === 'resident-id' && document.region === 'CN';
}

/** What a face verification is for: each verify id serves only the purpose it was started for. */
export const FACE_PURPOSES = ['verify', 'rebind', 'reset', 'cancel', 'unfreeze'] as const;
export type FacePurpose = (typeof FACE_PURPOSES)[number];

/** What the browser's local stand-in reports (WeChat's SDK reports to WeChat's server instead). */
export const LOCAL_STAND_IN_OUTCOMES = ['success', 'mismatch', 'cancelled', 'failed'] as const;
export type LocalStandInOutcome = (typeof LOCAL_STAND_IN_OUTCOMES)[number];

export const StartFaceInputSchema = v.variant('purpose', [
  v.strictObject({ purpose: v.picklist(['verify', 'reset', 'cancel', 'unfreeze'] as const) }),
  /** From a new WeChat identity: the account is named and proved by its password first. */
  v.strictObject({
    purpose: v.literal('rebind'),
    accountName: SignInInputSchema.entries.accountName,
    password: PasswordSchema,
  }),
]);
export type StartFaceInput = v.InferInput<typeof StartFaceInputSchema>;

/** `startFaceVerification` answers only the id the device hands to wx.requestFacialVerify. */
export interface StartFaceOutput {
  verifyId: string;
}

export const FaceProofSchema = v.strictObject({
  /** getVerifyId's verify_id (up to 256 characters), as started by this caller. */
  verifyId: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  /** Read only by the named local stand-in; the WeChat verifier asks queryVerifyInfo. */
  localStandIn: v.optional(v.picklist(LOCAL_STAND_IN_OUTCOMES)),
});
export type FaceProof = v.InferInput<typeof FaceProofSchema>;

export const RebindInputSchema = v.strictObject({
  accountName: SignInInputSchema.entries.accountName,
  password: PasswordSchema,
  face: FaceProofSchema,
});

export const RequestCancellationInputSchema = v.strictObject({
  password: PasswordSchema,
  face: v.optional(FaceProofSchema),
});

/** `frozen`: the owner said the account was stolen (or staff froze it); nothing works until unfrozen. */
export const ACCOUNT_STATES = ['active', 'restricted', 'suspended', 'banned', 'frozen', 'cancelled'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];
/**
 * Roles are data on the account, checked in every staff use case (least privilege):
 * staff — account status and the request queue (read); reviewer — process service requests and agent
 * grants; pusher — create and send push jobs; publisher — publish policy versions; admin — everything,
 * and grants roles.
 */
export const ROLES = ['user', 'staff', 'admin', 'reviewer', 'pusher', 'publisher'] as const;
export type Role = (typeof ROLES)[number];
/**
 * How the account's real name was established: the document checked at registration (L1), then
 * either WeChat face verification (mainland resident ID cards) or a staff check of a document
 * photo (permits and passports, which WeChat's face check does not take) for L2
 * (lib/account/assurance-level.ts).
 */
export const VERIFICATION_LEVELS = ['unverified', 'document-checked', 'face-verified', 'staff-verified'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

export const SetStatusInputSchema = v.strictObject({
  accountName: SignInInputSchema.entries.accountName,
  state: v.picklist(['active', 'restricted', 'suspended', 'banned', 'frozen'] as const),
  reason: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(200)),
  /** ISO time; required for a suspension. */
  until: v.optional(v.pipe(v.string(), v.isoTimestamp())),
});

export const SetRolesInputSchema = v.strictObject({
  accountName: SignInInputSchema.entries.accountName,
  roles: v.pipe(v.array(v.picklist(ROLES)), v.minLength(1), v.maxLength(ROLES.length)),
});

export const StaffFindInputSchema = v.strictObject({ accountName: SignInInputSchema.entries.accountName });

/** What staff see when they look an account up: its status and roles, the name masked. */
export interface StaffAccountView {
  accountName: string;
  realName: string;
  status: AccountStatusView;
  roles: Role[];
  verificationLevel: VerificationLevel;
  createdAt: string;
}

export interface AccountStatusView {
  state: AccountState;
  reason: string | null;
  until: string | null;
}

/** What a person sees of their own account: every sensitive field masked. */
export interface ProfileView {
  accountName: string;
  realName: string;
  document: { type: DocumentType; number: string; region: DocumentRegion };
  mobile: { countryCode: MobileCountryCode; number: string };
  address: string | null;
  contact: string | null;
  verification: { level: VerificationLevel; faceVerifiedAt: string | null };
  status: AccountStatusView;
  roles: Role[];
  createdAt: string;
  cancellation: { requestedAt: string; effectiveAt: string } | null;
}

export interface SignInOutput {
  profile: ProfileView;
  sessionExpiresAt: string;
  /** The handle this device sends with every later call (`event.session`) to name its own session. */
  sessionId: string;
  /** Set when signing in withdrew a pending cancellation request. */
  cancellationWithdrawn: boolean;
}

export interface SessionView {
  signedIn: boolean;
  expiresAt: string | null;
  profile: ProfileView | null;
}

export { DocumentTypeSchema };
