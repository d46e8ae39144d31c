import type { ProposedCorrection, PrivacyRequestView } from '../contract/privacy';
import { maskDocumentNumber, maskName } from '../crypto/masking';
import type { FieldCipher } from '../crypto/field-cipher';
import type { PrivacyRequestRecord } from './privacy-request.record';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The additional data a request's proposed values are sealed with: they open nowhere else. */
export const proposedContext = (requestId: string) => `privacy_requests.proposed:${requestId}`;

export function openProposed(record: PrivacyRequestRecord, cipher: FieldCipher): ProposedCorrection | null {
  if (record.proposed === null) return null;
  return JSON.parse(cipher.open(record.proposed, proposedContext(record._id))) as ProposedCorrection;
}

export function maskProposed(p: ProposedCorrection | null): PrivacyRequestView['proposed'] {
  if (!p) return null;
  return {
    ...(p.realName !== undefined ? { realName: maskName(p.realName) } : {}),
    ...(p.document
      ? { document: { type: p.document.type, number: maskDocumentNumber(p.document.type, p.document.number) } }
      : {}),
  };
}

/** A request as its owner sees it: proposed values masked like the profile. */
export function toRequestView(record: PrivacyRequestRecord, cipher: FieldCipher): PrivacyRequestView {
  const text: PrivacyRequestView['text'] = {};
  if (record.reason !== null) text.reason = record.reason;
  if (record.what !== null) text.what = record.what;
  if (record.question !== null) text.question = record.question;
  return {
    id: record._id,
    kind: record.kind,
    status: record.status,
    fields: record.fields,
    proposed: maskProposed(openProposed(record, cipher)),
    text,
    createdAt: new Date(record.createdAt).toISOString(),
    dueDate: record.dueDate,
    dueDateConfirmed: record.dueDateConfirmed,
    decidedAt: iso(record.decidedAt),
    reply: record.reply,
    scope: record.scope ?? [],
    erasure: record.erasure ?? null,
  };
}
