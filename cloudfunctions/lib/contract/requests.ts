import * as v from 'valibot';
import { FILE_KINDS, type FileKind } from './files';
import { FormFieldSpecSchema, type FormFieldSpec, type FormValues } from './matter-form';
import { MobileSchema, type MobileCountryCode } from './mobile-number';
import { ASSURANCE_LEVELS } from './assurance-levels';
import { MatterTranslationsSchema, type MatterNames, type MatterTranslations } from './matter-texts';

/**
 * The `requests` function's inputs and views, shared by the function and the mini-program:
 * the service catalog (matters), applying, the request lifecycle and staff processing.
 * Strict objects: an unknown key (an `openid` or `accountId` slipped into the input) is refused.
 */

// ---- catalog ----------------------------------------------------------------------------------
/** The file kinds a material may accept: the kinds the server sniffs from the bytes. */
export const MATERIAL_KINDS = FILE_KINDS;
export type MaterialKind = FileKind;
export const APPLICANT_KINDS = ['person', 'agent'] as const;
/** person — for oneself; agent — for an enterprise, under an approved agent grant. */
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const MATTER_CATEGORIES = ['registration', 'filing', 'certificate', 'subsidy'] as const;
export type MatterCategory = (typeof MATTER_CATEGORIES)[number];

export const MatterCodeSchema = v.pipe(v.string(), v.regex(/^[A-Z][A-Z0-9-]{2,31}$/));
const CodeSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,31}$/));

export const MaterialSpecSchema = v.strictObject({
  code: CodeSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  kinds: v.pipe(v.array(v.picklist(MATERIAL_KINDS)), v.minLength(1)),
  maxBytes: v.pipe(v.number(), v.integer(), v.minValue(1024), v.maxValue(50 * 1024 * 1024)),
  required: v.boolean(),
  /** How many files this material may take (pages of a document photographed one by one). */
  maxFiles: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9)),
  hint: v.optional(v.pipe(v.string(), v.maxLength(120))),
});
export type MaterialSpec = v.InferOutput<typeof MaterialSpecSchema>;

/** A matter as configured and stored (config/matters.ts is checked against this when it loads). */
export const MatterSchema = v.strictObject({
  code: MatterCodeSchema,
  name: v.pipe(v.string(), v.minLength(2), v.maxLength(40)),
  category: v.picklist(MATTER_CATEGORIES),
  department: v.pipe(v.string(), v.minLength(2), v.maxLength(40)),
  description: v.pipe(v.string(), v.minLength(1), v.maxLength(600)),
  applicants: v.pipe(v.array(v.picklist(APPLICANT_KINDS)), v.minLength(1)),
  materials: v.pipe(v.array(MaterialSpecSchema), v.maxLength(20)),
  fields: v.pipe(v.array(FormFieldSpecSchema), v.maxLength(30)),
  offlineDelivery: v.boolean(),
  promisedWorkingDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)),
  enabled: v.boolean(),
  /** The assurance level an applicant needs (lib/account/assurance-level.ts); absent in copies stored before levels: L1. */
  requiredLevel: v.optional(v.picklist(ASSURANCE_LEVELS)),
  /** The texts in zh-MO, en and pt-PT (contract/matter-texts.ts); what is missing reads in Simplified. */
  translations: v.optional(MatterTranslationsSchema),
});
export type MatterDefinition = v.InferOutput<typeof MatterSchema>;

export interface MatterView extends MatterDefinition {
  /** Bumped by every staff edit; an edit names the version it was made against. */
  version: number;
  updatedAt: string;
}
export type MatterSummary = Pick<
  MatterView,
  | 'code'
  | 'name'
  | 'category'
  | 'department'
  | 'applicants'
  | 'offlineDelivery'
  | 'promisedWorkingDays'
  | 'translations'
>;

export const MatterDetailInputSchema = v.strictObject({ code: MatterCodeSchema });

/** Admin edit: the whole definition (minus the code) against the version it was read at. */
export const UpdateMatterInputSchema = v.strictObject({
  code: MatterCodeSchema,
  expectedVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  matter: v.omit(MatterSchema, ['code']),
  comment: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(200)),
});

// ---- statuses and the one transition table ------------------------------------------------------
/** `draft` lives on the device only; a request is stored from `submitted` on. */
export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'accepted',
  'supplement_requested',
  'resubmitted',
  'approved',
  'rejected',
  'delivered',
  'closed',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type StoredRequestStatus = Exclude<RequestStatus, 'draft'>;
export const STORED_REQUEST_STATUSES = REQUEST_STATUSES.filter((s) => s !== 'draft') as StoredRequestStatus[];
/** Statuses staff still have to act on (the default queue). */
export const OPEN_STATUSES: readonly StoredRequestStatus[] = ['submitted', 'accepted', 'resubmitted', 'approved'];
/** The few groups people filter by instead of ten statuses: in progress, waiting for a supplement, finished. */
export const STATUS_GROUPS = {
  inProgress: OPEN_STATUSES,
  needsSupplement: ['supplement_requested'],
  finished: ['rejected', 'delivered', 'closed', 'withdrawn'],
} as const satisfies Record<string, readonly StoredRequestStatus[]>;
export type StatusGroup = keyof typeof STATUS_GROUPS;
export const STATUS_GROUP_KEYS = Object.keys(STATUS_GROUPS) as StatusGroup[];

export const TRANSITION_ACTIONS = [
  'submit',
  'withdraw',
  'accept',
  'requestSupplement',
  'resubmit',
  'approve',
  'reject',
  'deliver',
  'close',
] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];
export type Actor = 'applicant' | 'staff';

export interface Transition {
  from: readonly RequestStatus[];
  to: StoredRequestStatus;
  by: Actor;
}

/** Every legal move, once. Anything not here is refused with REQUESTS.ILLEGAL_TRANSITION. */
export const TRANSITIONS: Record<TransitionAction, Transition> = {
  submit: { from: ['draft'], to: 'submitted', by: 'applicant' },
  withdraw: { from: ['submitted'], to: 'withdrawn', by: 'applicant' },
  accept: { from: ['submitted'], to: 'accepted', by: 'staff' },
  requestSupplement: { from: ['accepted', 'resubmitted'], to: 'supplement_requested', by: 'staff' },
  resubmit: { from: ['supplement_requested'], to: 'resubmitted', by: 'applicant' },
  approve: { from: ['accepted', 'resubmitted'], to: 'approved', by: 'staff' },
  // Refusing to accept (不予受理) is a rejection straight from submitted.
  reject: { from: ['submitted', 'accepted', 'resubmitted'], to: 'rejected', by: 'staff' },
  deliver: { from: ['approved'], to: 'delivered', by: 'staff' },
  close: { from: ['approved', 'rejected', 'delivered'], to: 'closed', by: 'staff' },
};

export function canTransition(action: TransitionAction, from: RequestStatus): boolean {
  return TRANSITIONS[action].from.includes(from);
}

// ---- applying ---------------------------------------------------------------------------------
const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));
export const UploadIdSchema = IdSchema;
export const RequestIdSchema = IdSchema;
export const EnterpriseIdSchema = IdSchema;
const VersionSchema = v.pipe(v.number(), v.integer(), v.minValue(1));
const CommentSchema = v.pipe(v.string(), v.trim(), v.maxLength(500));
const RequiredCommentSchema = v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(500));

export const MaterialRefSchema = v.strictObject({ materialCode: CodeSchema, uploadId: UploadIdSchema });
export type MaterialRef = v.InferOutput<typeof MaterialRefSchema>;

export const RegionRefSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{2,40}$/)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
});

const ContactSchema = v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(40));
export const DeliverySchema = v.variant('method', [
  v.strictObject({ method: v.literal('pickup'), contact: ContactSchema, mobile: MobileSchema }),
  v.strictObject({
    method: v.literal('post'),
    contact: ContactSchema,
    mobile: MobileSchema,
    region: RegionRefSchema,
    address: v.pipe(v.string(), v.trim(), v.minLength(5), v.maxLength(120)),
  }),
]);
export type DeliveryInput = v.InferInput<typeof DeliverySchema>;

/** Form values as sent; checked against the matter's fields with buildFormSchema on the server. */
export const FormValuesInputSchema = v.pipe(
  v.record(v.pipe(v.string(), v.maxLength(32)), v.union([v.string(), v.number(), v.null()])),
  v.check((values) => Object.keys(values).length <= 30, 'too-many-fields'),
);

export const SubmitRequestInputSchema = v.strictObject({
  /** Made on the device when the draft is created; a retried submit returns the same request. */
  clientRequestId: v.pipe(v.string(), v.uuid()),
  matterCode: MatterCodeSchema,
  /** Applying as agent of this enterprise (needs an approved, current grant covering the matter). */
  asEnterpriseId: v.optional(EnterpriseIdSchema),
  form: FormValuesInputSchema,
  materials: v.pipe(v.array(MaterialRefSchema), v.maxLength(60)),
  delivery: DeliverySchema,
});
export type SubmitRequestInput = v.InferInput<typeof SubmitRequestInputSchema>;

export const PageInputFields = {
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  pageSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
};
export const MyRequestsInputSchema = v.strictObject({
  status: v.optional(v.picklist(STORED_REQUEST_STATUSES)),
  group: v.optional(v.picklist(STATUS_GROUP_KEYS)),
  ...PageInputFields,
});
export const RequestRefInputSchema = v.strictObject({ requestId: RequestIdSchema });
export const WithdrawInputSchema = v.strictObject({
  requestId: RequestIdSchema,
  expectedVersion: VersionSchema,
  comment: v.optional(CommentSchema),
});
export const ResubmitInputSchema = v.strictObject({
  requestId: RequestIdSchema,
  expectedVersion: VersionSchema,
  comment: v.optional(CommentSchema),
  /** The supplementary materials (at least one). */
  materials: v.pipe(v.array(MaterialRefSchema), v.minLength(1), v.maxLength(30)),
});

// ---- staff ------------------------------------------------------------------------------------
export const QueueInputSchema = v.strictObject({
  matterCode: v.optional(MatterCodeSchema),
  status: v.optional(v.picklist(STORED_REQUEST_STATUSES)),
  group: v.optional(v.picklist(STATUS_GROUP_KEYS)),
  assignedToMe: v.optional(v.boolean()),
  ...PageInputFields,
});
const StaffActionBase = { requestId: RequestIdSchema, expectedVersion: VersionSchema };
export const AssignInputSchema = v.strictObject(StaffActionBase);
export const AcceptInputSchema = v.strictObject({ ...StaffActionBase, comment: v.optional(CommentSchema) });
export const RequestSupplementInputSchema = v.strictObject({
  ...StaffActionBase,
  comment: RequiredCommentSchema,
  /** The materials asked for (codes of the matter's materials); empty = see the comment. */
  materialCodes: v.optional(v.pipe(v.array(CodeSchema), v.maxLength(20))),
});
export const ApproveInputSchema = v.strictObject({
  ...StaffActionBase,
  comment: v.optional(CommentSchema),
  /** The result document (an upload of purpose 'result' by this staff member). */
  resultUploadId: v.optional(UploadIdSchema),
});
export const RejectInputSchema = v.strictObject({ ...StaffActionBase, comment: RequiredCommentSchema });
export const DeliverInputSchema = v.strictObject({
  ...StaffActionBase,
  comment: v.optional(CommentSchema),
  trackingNumber: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9-]{4,40}$/))),
});
export const CloseInputSchema = v.strictObject({ ...StaffActionBase, comment: v.optional(CommentSchema) });

// ---- views ------------------------------------------------------------------------------------
export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
}

export interface EnterpriseRef {
  id: string;
  name: string;
  uscc: string;
}

export interface RequestSummary {
  id: string;
  /** Human-readable number shown to people and staff, e.g. QYB-20261129-7K3F9Q. */
  number: string;
  matterCode: string;
  matterName: string;
  /** The matter's name in the other languages at submission; absent on requests stored before them. */
  matterNames: MatterNames;
  status: StoredRequestStatus;
  asEnterprise: EnterpriseRef | null;
  submittedAt: string;
  updatedAt: string;
  /** YYYY-MM-DD (Asia/Shanghai), set on acceptance. */
  promisedDate: string | null;
  version: number;
}

export interface TimelineEvent {
  id: string;
  at: string;
  action: TransitionAction | 'assign';
  from: RequestStatus | null;
  to: StoredRequestStatus;
  by: Actor;
  comment: string | null;
}

export interface MaterialView {
  materialCode: string;
  /** The material's name in the matter (e.g. 营业执照正副本). */
  materialName: string;
  uploadId: string;
  name: string;
  size: number;
  kind: MaterialKind;
  /** 0 = with the application, 1… = the supplement round that added it. */
  round: number;
  /** Short-lived temp URL to view it. */
  url: string | null;
}

export interface DeliveryView {
  method: 'pickup' | 'post';
  contact: string;
  /** Masked for the applicant and the staff role; in full for reviewers who deliver. */
  mobile: { countryCode: MobileCountryCode; number: string };
  region: { id: string; name: string } | null;
  address: string | null;
  trackingNumber: string | null;
}

export interface RequestView extends RequestSummary {
  matter: { code: string; name: string; department: string; promisedWorkingDays: number };
  /** The matter's translations at submission (material names, field labels, options); {} before them. */
  translations: MatterTranslations;
  applicantKind: ApplicantKind;
  form: FormValues;
  /** The matter's field specs the form was submitted against (labels for display). */
  fields: FormFieldSpec[];
  materials: MaterialView[];
  delivery: DeliveryView;
  acceptedAt: string | null;
  decidedAt: string | null;
  supplementRequest: { comment: string; materialCodes: string[]; requestedAt: string } | null;
  result: { name: string; url: string | null } | null;
  timeline: TimelineEvent[];
}

export interface StaffRequestView extends RequestView {
  applicant: { accountName: string; realName: string; mobile: { countryCode: MobileCountryCode; number: string } };
  assignee: { accountId: string; accountName: string } | null;
  /** Staff timeline entries name the account that acted. */
  actors: Record<string, string>;
}

/** `applicantName`: the enterprise applied for, null for a person's own application (the screen names it). */
export type QueueItem = RequestSummary & { assigneeName: string | null; applicantName: string | null };
