import type { DeliveryView, MaterialView, RequestSummary, RequestView, TimelineEvent } from '../contract/requests';
import { maskMobile } from '../crypto/masking';
import type { FieldCipher } from '../crypto/field-cipher';
import type { RequestEventRecord, RequestRecord } from './request.record';
import { requestSeal } from './sealed-fields';
import { matterNamesOf } from '../contract/matter-texts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toSummary(r: RequestRecord): RequestSummary {
  return {
    id: r._id,
    number: r.number,
    matterCode: r.matterCode,
    matterName: r.matterName,
    matterNames: matterNamesOf(r.matterTranslations),
    status: r.status,
    asEnterprise:
      r.enterpriseId && r.enterpriseName && r.enterpriseUscc
        ? { id: r.enterpriseId, name: r.enterpriseName, uscc: r.enterpriseUscc }
        : null,
    submittedAt: new Date(r.submittedAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
    promisedDate: r.promisedDate,
    version: r.version,
  };
}

export function toTimeline(events: RequestEventRecord[]): TimelineEvent[] {
  return events.map((e) => ({
    id: e._id,
    at: new Date(e.at).toISOString(),
    action: e.action,
    from: e.from,
    to: e.to,
    by: e.by,
    comment: e.comment,
  }));
}

export interface ViewOptions {
  /** Temp URLs by fileID (files the caller may see). */
  urls: Record<string, string>;
  /** Show the delivery mobile in full (reviewers who deliver); masked otherwise. */
  fullMobile: boolean;
}

function delivery(r: RequestRecord, cipher: FieldCipher, fullMobile: boolean): DeliveryView {
  const sealed = requestSeal(cipher, r._id);
  const number = sealed.open('deliveryMobileNumber', r.deliveryMobileNumber);
  return {
    method: r.deliveryMethod,
    contact: sealed.open('deliveryContact', r.deliveryContact),
    mobile: {
      countryCode: r.deliveryMobileCountryCode,
      number: fullMobile ? number : maskMobile(r.deliveryMobileCountryCode, number),
    },
    region: r.deliveryRegionId && r.deliveryRegionName ? { id: r.deliveryRegionId, name: r.deliveryRegionName } : null,
    address: r.deliveryAddress ? sealed.open('deliveryAddress', r.deliveryAddress) : null,
    trackingNumber: r.trackingNumber,
  };
}

/** The fileIDs a request view links to: its materials and the result document. */
export function viewFileIDs(r: RequestRecord): string[] {
  return [...r.materials.map((m) => m.fileID), ...(r.resultFileID ? [r.resultFileID] : [])];
}

export function toView(
  r: RequestRecord,
  events: RequestEventRecord[],
  cipher: FieldCipher,
  options: ViewOptions,
): RequestView {
  const materials: MaterialView[] = r.materials.map((m) => ({
    materialCode: m.materialCode,
    materialName: m.materialName,
    uploadId: m.uploadId,
    name: m.name,
    size: m.size,
    kind: m.kind,
    round: m.round,
    url: options.urls[m.fileID] ?? null,
  }));
  return {
    ...toSummary(r),
    matter: {
      code: r.matterCode,
      name: r.matterName,
      department: r.matterDepartment,
      promisedWorkingDays: r.promisedWorkingDays,
    },
    translations: r.matterTranslations ?? {},
    applicantKind: r.applicantKind,
    form: requestSeal(cipher, r._id).openForm(r.formSealed),
    fields: r.fields,
    materials,
    delivery: delivery(r, cipher, options.fullMobile),
    acceptedAt: iso(r.acceptedAt),
    decidedAt: iso(r.decidedAt),
    supplementRequest:
      r.supplementComment !== null && r.supplementRequestedAt !== null
        ? {
            comment: r.supplementComment,
            materialCodes: r.supplementMaterialCodes,
            requestedAt: new Date(r.supplementRequestedAt).toISOString(),
          }
        : null,
    result: r.resultFileID && r.resultName ? { name: r.resultName, url: options.urls[r.resultFileID] ?? null } : null,
    timeline: toTimeline(events),
  };
}
