import { requireAccount } from '../account/account-guard';
import { requireLevel } from '../account/assurance-level';
import { parseInput } from '../handler/parse-input';
import { shanghaiDate } from '../contract/shanghai-date';
import { SAFETY_SCENES } from '../content-safety/content-safety';
import { requireSafeTexts } from '../content-safety/require-safe-text';
import { checkForm } from '../contract/matter-form';
import { SubmitRequestInputSchema, type RequestSummary } from '../contract/requests';
import { actingGrant } from '../enterprise/acting-for';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { notifyStatus } from './apply-transition';
import { checkMaterials } from './check-materials';
import { formFreeText } from './form-free-text';
import { newRequestId, requestNumber, sortKey } from './new-request';
import type { RequestRecord } from './request.record';
import { toSummary } from './request-view';
import type { RequestsDeps } from './requests.deps';
import { requestSeal } from './sealed-fields';

function sameApplication(r: RequestRecord, matterCode: string, enterpriseId: string | undefined): RequestSummary {
  if (r.matterCode !== matterCode || r.enterpriseId !== (enterpriseId ?? null)) {
    throw new AppError('REQUESTS.CLIENT_ID_REUSED');
  }
  return toSummary(r);
}

/**
 * Submits an application (draft → submitted). Idempotent on the device's clientRequestId per
 * applicant: a retried submit, however many at once, returns the one request (unique index
 * applicantId + clientRequestId). Acting for an enterprise needs a current grant covering the matter
 * and L2; a person's own application needs the level the matter declares.
 */
export async function submitRequest(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<RequestSummary> {
  const { account } = await requireAccount(ctx, deps, 'write');
  const data = parseInput(SubmitRequestInputSchema, input);
  const earlier = await deps.requests.findByClientId(account._id, data.clientRequestId);
  if (earlier) return sameApplication(earlier, data.matterCode, data.asEnterpriseId);

  const now = ctx.now.getTime();
  const today = shanghaiDate(now);
  const matter = await deps.matters.get(data.matterCode, now);
  if (!matter) throw new AppError('REQUESTS.MATTER_NOT_FOUND');
  if (!matter.enabled) throw new AppError('REQUESTS.MATTER_DISABLED');
  const kind = data.asEnterpriseId ? 'agent' : 'person';
  if (!matter.applicants.includes(kind)) throw new AppError('REQUESTS.APPLICANT_NOT_ALLOWED');
  // Acting for an enterprise always needs a verified real name (issue 15): agents need L2.
  requireLevel(account, kind === 'agent' ? 'L2' : (matter.requiredLevel ?? 'L1'));
  const acting = data.asEnterpriseId
    ? await actingGrant(account._id, data.asEnterpriseId, matter._id, today, deps)
    : null;
  const form = checkForm(matter.fields, data.form, { today });
  if (!form.ok) throw new AppError('REQUESTS.FORM_INVALID');
  await requireSafeTexts(deps.safety, ctx.openid, SAFETY_SCENES.comment, formFreeText(matter.fields, form.values));
  if (data.delivery.method === 'post' && !matter.offlineDelivery) throw new AppError('REQUESTS.DELIVERY_NOT_OFFERED');
  const materials = await checkMaterials(
    data.materials,
    matter.materials,
    { accountId: account._id, round: 0, purposes: ['material'], requireAll: true },
    deps.materials,
  );

  const id = newRequestId();
  const sealed = requestSeal(deps.cipher, id);
  const delivery = data.delivery;
  const record: RequestRecord = {
    _id: id,
    number: requestNumber(now),
    clientRequestId: data.clientRequestId,
    applicantId: account._id,
    applicantKind: kind,
    enterpriseId: acting?.enterprise._id ?? null,
    enterpriseName: acting?.enterprise.name ?? null,
    enterpriseUscc: acting?.enterprise.uscc ?? null,
    grantId: acting?.grant._id ?? null,
    matterCode: matter._id,
    matterName: matter.name,
    matterTranslations: matter.translations ?? {},
    matterDepartment: matter.department,
    promisedWorkingDays: matter.promisedWorkingDays,
    fields: matter.fields,
    formSealed: sealed.sealForm(form.values),
    materials,
    deliveryMethod: delivery.method,
    deliveryContact: sealed.seal('deliveryContact', delivery.contact),
    deliveryMobileCountryCode: delivery.mobile.countryCode,
    deliveryMobileNumber: sealed.seal('deliveryMobileNumber', delivery.mobile.number),
    deliveryRegionId: delivery.method === 'post' ? delivery.region.id : null,
    deliveryRegionName: delivery.method === 'post' ? delivery.region.name : null,
    deliveryAddress: delivery.method === 'post' ? sealed.seal('deliveryAddress', delivery.address) : null,
    trackingNumber: null,
    status: 'submitted',
    version: 1,
    submittedAt: now,
    updatedAt: now,
    acceptedAt: null,
    promisedDate: null,
    decidedAt: null,
    closedAt: null,
    sortKey: sortKey(now, id),
    assigneeId: null,
    assigneeName: null,
    supplementComment: null,
    supplementMaterialCodes: [],
    supplementRequestedAt: null,
    supplementRound: 0,
    resultUploadId: null,
    resultFileID: null,
    resultName: null,
  };
  if (!(await deps.requests.insert(record))) {
    // A concurrent retry of the same submit stored it first: answer with that one.
    const winner = await deps.requests.findByClientId(account._id, data.clientRequestId);
    if (!winner) throw new Error('duplicate clientRequestId but no stored request');
    return sameApplication(winner, data.matterCode, data.asEnterpriseId);
  }
  await deps.events.record({
    _id: `${id}-v1`,
    requestId: id,
    version: 1,
    at: now,
    action: 'submit',
    from: 'draft',
    to: 'submitted',
    by: 'applicant',
    actorId: account._id,
    actorName: null,
    comment: acting ? `以${acting.enterprise.name}（${acting.enterprise.uscc}）经办人身份申请` : null,
  });
  await notifyStatus(record, null, now, deps);
  return toSummary(record);
}
