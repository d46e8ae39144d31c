import type { ApplicantKind, MaterialKind, StoredRequestStatus, TransitionAction } from '../contract/requests';
import type { FormFieldSpec } from '../contract/matter-form';
import type { MobileCountryCode } from '../contract/mobile-number';
import type { Sealed } from '../crypto/field-cipher';
import type { MatterTranslations } from '../contract/matter-texts';

export interface RequestMaterial {
  materialCode: string;
  materialName: string;
  uploadId: string;
  fileID: string;
  name: string;
  size: number;
  kind: MaterialKind;
  sha256: string;
  /** 0 = with the application; n = the n-th supplement. */
  round: number;
}

/**
 * A service request as stored in `service_requests`. Flat (the SDK merges nested objects on
 * update); times are epoch ms. The form and the delivery contact, mobile and address are sealed
 * (AES-256-GCM, bound to the request id and field). `version` goes up by one with every change and
 * every change is conditional on it (optimistic versioning).
 */
export interface RequestRecord {
  _id: string;
  number: string;
  /** From the device; unique per applicant (the submit is idempotent on it). */
  clientRequestId: string;
  applicantId: string;
  applicantKind: ApplicantKind;
  enterpriseId: string | null;
  enterpriseName: string | null;
  enterpriseUscc: string | null;
  grantId: string | null;
  matterCode: string;
  matterName: string;
  /** The matter's zh-MO, en and pt-PT texts at submission (names, materials, fields); absent on older requests. */
  matterTranslations?: MatterTranslations;
  matterDepartment: string;
  promisedWorkingDays: number;
  /** The field specs the form was checked against (the matter may change later). */
  fields: FormFieldSpec[];
  formSealed: Sealed;
  materials: RequestMaterial[];
  deliveryMethod: 'pickup' | 'post';
  deliveryContact: Sealed;
  deliveryMobileCountryCode: MobileCountryCode;
  deliveryMobileNumber: Sealed;
  deliveryRegionId: string | null;
  deliveryRegionName: string | null;
  deliveryAddress: Sealed | null;
  trackingNumber: string | null;
  status: StoredRequestStatus;
  version: number;
  submittedAt: number;
  updatedAt: number;
  acceptedAt: number | null;
  /** YYYY-MM-DD (Asia/Shanghai): acceptance date + the matter's working days. */
  promisedDate: string | null;
  decidedAt: number | null;
  closedAt: number | null;
  /** Zero-padded submittedAt + id: a total order for cursor paging. */
  sortKey: string;
  assigneeId: string | null;
  assigneeName: string | null;
  supplementComment: string | null;
  supplementMaterialCodes: string[];
  supplementRequestedAt: number | null;
  supplementRound: number;
  resultUploadId: string | null;
  resultFileID: string | null;
  resultName: string | null;
}

/** One line of a request's timeline (`request_events`), keyed `<request id>-v<version>`: written once. */
export interface RequestEventRecord {
  _id: string;
  requestId: string;
  version: number;
  at: number;
  action: TransitionAction | 'assign';
  from: StoredRequestStatus | 'draft' | null;
  to: StoredRequestStatus;
  by: 'applicant' | 'staff';
  actorId: string;
  /** Staff account name (shown to staff only). */
  actorName: string | null;
  comment: string | null;
}
