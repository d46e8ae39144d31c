import * as v from 'valibot';

/**
 * Mobile numbers of the people the zone serves: mainland China, Macao and Hong Kong. Shared by the
 * device and the cloud; pure.
 */
export const MOBILE_COUNTRY_CODES = ['+86', '+853', '+852'] as const;
export type MobileCountryCode = (typeof MOBILE_COUNTRY_CODES)[number];

const PATTERNS: Record<MobileCountryCode, RegExp> = {
  '+86': /^1[3-9]\d{9}$/,
  '+853': /^6\d{7}$/,
  '+852': /^[4-9]\d{7}$/,
};

export function normalizeMobile(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

export function isValidMobile(countryCode: MobileCountryCode, number: string): boolean {
  return PATTERNS[countryCode].test(number);
}

export const MobileSchema = v.pipe(
  v.object({
    countryCode: v.picklist(MOBILE_COUNTRY_CODES),
    number: v.pipe(v.string(), v.maxLength(20), v.transform(normalizeMobile)),
  }),
  v.forward(
    v.check((m) => isValidMobile(m.countryCode, m.number), 'mobile-invalid'),
    ['number'],
  ),
);

export type MobileInput = v.InferInput<typeof MobileSchema>;
export type Mobile = v.InferOutput<typeof MobileSchema>;
