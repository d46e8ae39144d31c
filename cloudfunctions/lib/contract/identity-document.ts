import * as v from 'valibot';

/**
 * Identity documents a person registers with, validated by the same code on the device and in the
 * cloud. Pure: no Node or SDK imports (the mini-program bundles this file).
 */
export const DOCUMENT_TYPES = ['resident-id', 'residence-permit', 'travel-permit', 'passport'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Where a document says its holder lives: mainland, Hong Kong, Macao, Taiwan, or abroad. */
export type DocumentRegion = 'CN' | 'HK' | 'MO' | 'TW' | 'FOREIGN';

export type DocumentIssue = 'empty' | 'format' | 'region' | 'birth-date' | 'check-digit';

export interface DocumentFacts {
  type: DocumentType;
  number: string;
  region: DocumentRegion;
  /** YYYY-MM-DD, for the documents whose number carries it. */
  birthDate?: string;
}

const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const GB11643_CHECK = '10X98765432';
/** Province-level codes (GB/T 2260) that issue resident identity cards. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
]); // prettier-ignore
const PERMIT_REGIONS: Record<string, DocumentRegion> = { '810000': 'HK', '820000': 'MO', '830000': 'TW' };

/** ISO 7064 MOD 11-2 check character of the first 17 digits (GB 11643). */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (GB11643_WEIGHTS[i] ?? 0);
  return GB11643_CHECK[sum % 11] ?? '';
}

/** Trims, drops inner spaces and upper-cases: what a person types becomes the stored form. */
export function normalizeDocumentNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

function realDate(yyyymmdd: string, today: Date): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || date.getTime() > today.getTime()) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** The 18-character GB 11643 numbers: resident identity cards and the HK/Macao/Taiwan permits. */
function checkGb11643(type: 'resident-id' | 'residence-permit', n: string, today: Date) {
  if (!/^\d{17}[\dX]$/.test(n)) return { issue: 'format' as const };
  let region: DocumentRegion | undefined;
  if (type === 'residence-permit') region = PERMIT_REGIONS[n.slice(0, 6)];
  else if (PROVINCES.has(n.slice(0, 2))) region = 'CN';
  if (!region) return { issue: 'region' as const };
  const birthDate = realDate(n.slice(6, 14), today);
  if (!birthDate) return { issue: 'birth-date' as const };
  if (gb11643CheckChar(n) !== n[17]) return { issue: 'check-digit' as const };
  return { facts: { type, number: n, region, birthDate } };
}

type Checked = { facts: DocumentFacts; issue?: undefined } | { issue: DocumentIssue; facts?: undefined };

/** Checks a normalised number against its type; `today` bounds the birth date. */
export function checkDocument(type: DocumentType, number: string, today: Date = new Date()): Checked {
  if (number.length === 0) return { issue: 'empty' };
  switch (type) {
    case 'resident-id':
    case 'residence-permit':
      return checkGb11643(type, number, today);
    case 'travel-permit':
      // 港澳居民来往内地通行证: H (Hong Kong) or M (Macao), 8-digit number, 2-digit issue count.
      if (!/^[HM]\d{10}$/.test(number)) return { issue: 'format' };
      return { facts: { type, number, region: number[0] === 'H' ? 'HK' : 'MO' } };
    case 'passport':
      // Foreign passports differ by country: ICAO 9303 allows up to 9 characters, some issue more.
      if (!/^(?=.*\d)[A-Z0-9]{5,17}$/.test(number)) return { issue: 'format' };
      return { facts: { type, number, region: 'FOREIGN' } };
    default:
      return { issue: 'format' };
  }
}

export function isValidDocument(type: DocumentType, number: string, today?: Date): boolean {
  return checkDocument(type, number, today).facts !== undefined;
}

/** Full years between a YYYY-MM-DD birth date and `today` (Asia/Shanghai calendar date). */
export function ageOn(birthDate: string, today: Date): number {
  const local = new Date(today.getTime() + 8 * 3600_000);
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = local.getUTCFullYear() - y;
  const month = local.getUTCMonth() + 1;
  if (month < m || (month === m && local.getUTCDate() < d)) age -= 1;
  return age;
}

export const DocumentTypeSchema = v.picklist(DOCUMENT_TYPES);

/** `{ type, number }` as a person enters it; the output number is normalised. */
export const IdentityDocumentSchema = v.pipe(
  v.object({
    type: DocumentTypeSchema,
    number: v.pipe(v.string(), v.maxLength(40), v.transform(normalizeDocumentNumber)),
  }),
  v.forward(
    v.check((doc) => isValidDocument(doc.type, doc.number), 'document-invalid'),
    ['number'],
  ),
);

export type IdentityDocumentInput = v.InferInput<typeof IdentityDocumentSchema>;
export type IdentityDocument = v.InferOutput<typeof IdentityDocumentSchema>;
