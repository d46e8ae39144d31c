import * as v from 'valibot';
import type { FileKind } from '../../../cloudfunctions/lib/contract/files';
import { checkForm, type FormIssue } from '../../../cloudfunctions/lib/contract/matter-form';
import type { MobileCountryCode } from '../../../cloudfunctions/lib/contract/mobile-number';
import {
  DeliverySchema,
  type DeliveryInput,
  type MatterView,
  type SubmitRequestInput,
} from '../../../cloudfunctions/lib/contract/requests';

export const APPLY_STEPS = ['applicant', 'form', 'materials', 'delivery', 'review'] as const;
export type ApplyStep = (typeof APPLY_STEPS)[number];

/** One uploaded file of a material, as the files function confirmed it. */
export interface DraftMaterial {
  materialCode: string;
  uploadId: string;
  name: string;
  size: number;
  kind: FileKind;
}

export interface DraftDelivery {
  method: 'pickup' | 'post';
  contact: string;
  mobile: { countryCode: MobileCountryCode; number: string };
  region: { id: string; name: string } | null;
  address: string;
}

/**
 * An application being filled in, kept on the device until it is submitted. Its clientRequestId
 * is made once, when the draft starts, so every retry of its submission names the same request.
 */
export interface ApplyDraft {
  clientRequestId: string;
  matterCode: string;
  /** null: for myself; otherwise the enterprise I act for (an approved grant of mine). */
  asEnterpriseId: string | null;
  /** What was typed, field by field; the shared schema turns it into typed values on submit. */
  form: Record<string, string>;
  materials: DraftMaterial[];
  delivery: DraftDelivery;
  step: ApplyStep;
  savedAt: string;
}

export function newDraft(matterCode: string, clientRequestId: string, now: Date): ApplyDraft {
  return {
    clientRequestId,
    matterCode,
    asEnterpriseId: null,
    form: {},
    materials: [],
    delivery: { method: 'pickup', contact: '', mobile: { countryCode: '+853', number: '' }, region: null, address: '' },
    step: 'applicant',
    savedAt: now.toISOString(),
  };
}

export function deliveryInput(delivery: DraftDelivery): DeliveryInput {
  const { method, contact, mobile } = delivery;
  if (method === 'pickup') return { method, contact, mobile };
  return { method, contact, mobile, region: delivery.region ?? { id: '', name: '' }, address: delivery.address };
}

export interface ApplyProblems {
  applicant: boolean;
  /** Field key → the first issue (the shared schema's own words, mapped to text by the page). */
  form: Record<string, FormIssue>;
  /** Codes of required materials with no file. */
  materials: string[];
  /** contact/mobile wrong, or (post) region/address missing. */
  delivery: ('contact' | 'address')[];
}

export function hasProblems(p: ApplyProblems): boolean {
  return p.applicant || Object.keys(p.form).length > 0 || p.materials.length > 0 || p.delivery.length > 0;
}

/**
 * Every declared field, blank when not typed yet: the shared schema reports a blank required field
 * as `required`, while a key that is missing altogether slips through it (see the report to the
 * contract's owner), so the device never sends a form with a key left out.
 */
function everyField(matter: MatterView, draft: ApplyDraft): Record<string, string> {
  return Object.fromEntries(matter.fields.map((f) => [f.key, draft.form[f.key] ?? '']));
}

/** Everything the cloud would refuse, found on the device with the same shared schemas. */
export function applyProblems(matter: MatterView, draft: ApplyDraft, today: string): ApplyProblems {
  const form = checkForm(matter.fields, everyField(matter, draft), { today });
  const delivery: ApplyProblems['delivery'] = [];
  const parsed = v.safeParse(DeliverySchema, deliveryInput(draft.delivery));
  if (!parsed.success) {
    const keys = parsed.issues.map((issue) => issue.path?.[0]?.key);
    if (keys.some((k) => k === 'contact' || k === 'mobile' || k === undefined)) delivery.push('contact');
    if (keys.some((k) => k === 'region' || k === 'address')) delivery.push('address');
  }
  const applicantOk = draft.asEnterpriseId ? matter.applicants.includes('agent') : matter.applicants.includes('person');
  return {
    applicant: !applicantOk,
    form: form.ok ? {} : form.issues,
    materials: matter.materials
      .filter((m) => m.required && !draft.materials.some((f) => f.materialCode === m.code))
      .map((m) => m.code),
    delivery,
  };
}

/** Whether a step's part of the draft has a problem. */
export function stepHasProblem(p: ApplyProblems, step: ApplyStep): boolean {
  if (step === 'applicant') return p.applicant;
  if (step === 'form') return Object.keys(p.form).length > 0;
  if (step === 'materials') return p.materials.length > 0;
  if (step === 'delivery') return p.delivery.length > 0;
  return false;
}

/** The first step with a problem (submitting from the review step sends the person there). */
export function stepOfProblem(p: ApplyProblems): ApplyStep | null {
  return APPLY_STEPS.find((step) => stepHasProblem(p, step)) ?? null;
}

/** The submission of a draft with no problems (checkForm gives the typed values). */
export function submitInput(matter: MatterView, draft: ApplyDraft, today: string): SubmitRequestInput | null {
  const form = checkForm(matter.fields, everyField(matter, draft), { today });
  if (!form.ok) return null;
  return {
    clientRequestId: draft.clientRequestId,
    matterCode: draft.matterCode,
    ...(draft.asEnterpriseId ? { asEnterpriseId: draft.asEnterpriseId } : {}),
    form: form.values,
    materials: draft.materials.map(({ materialCode, uploadId }) => ({ materialCode, uploadId })),
    delivery: deliveryInput(draft.delivery),
  };
}
