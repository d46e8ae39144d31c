import fc from 'fast-check';
import * as v from 'valibot';
import {
  IdentityDocumentSchema,
  ageOn,
  checkDocument,
  gb11643CheckChar,
  isValidDocument,
  normalizeDocumentNumber,
} from '../../../../../cloudfunctions/lib/contract/identity-document';

const TODAY = new Date('2026-11-29T00:00:00Z');
const PROVINCES = ['11', '12', '13', '31', '32', '33', '35', '44', '45', '46', '50', '51', '65'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function yyyymmdd(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}`;
}

function withCheck(first17: string): string {
  return first17 + gb11643CheckChar(first17);
}

const birthDate = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2026-11-28T00:00:00Z'),
  noInvalidDate: true,
});
const sequence = fc.integer({ min: 0, max: 999 }).map((n) => pad(n, 3));

const residentId = fc
  .tuple(fc.constantFrom(...PROVINCES), fc.integer({ min: 0, max: 9999 }), birthDate, sequence)
  .map(([province, area, born, seq]) => withCheck(`${province}${pad(area, 4)}${yyyymmdd(born)}${seq}`));

const residencePermit = fc
  .tuple(fc.constantFrom('810000', '820000', '830000'), birthDate, sequence)
  .map(([prefix, born, seq]) => withCheck(`${prefix}${yyyymmdd(born)}${seq}`));

/** Every way to change exactly one character of `value` into another plausible character. */
const oneCharacterChange = (value: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: value.length - 1 }), fc.constantFrom(...'0123456789XABHM'))
    .filter(([at, ch]) => value[at] !== ch)
    .map(([at, ch]) => value.slice(0, at) + ch + value.slice(at + 1));

describe('identity documents', () => {
  describe('resident identity card (GB 11643)', () => {
    it('accepts the standard sample and reads its birth date', () => {
      expect(checkDocument('resident-id', '11010519491231002X', TODAY).facts).toEqual({
        type: 'resident-id',
        number: '11010519491231002X',
        region: 'CN',
        birthDate: '1949-12-31',
      });
    });

    it.each([
      ['wrong check digit', '110105194912310021', 'check-digit'],
      ['a date that does not exist', '110105194902300020', 'birth-date'],
      ['a birth date in the future', withCheck('11010520301231002'), 'birth-date'],
      ['an unknown province', withCheck('99010519491231002'), 'region'],
      ['a residence-permit prefix', withCheck('81000019900101001'), 'region'],
      ['17 digits', '11010519491231002', 'format'],
      ['a lowercase x', '11010519491231002x', 'format'],
      ['nothing', '', 'empty'],
    ])('refuses %s', (_label, number, issue) => {
      expect(checkDocument('resident-id', number, TODAY).issue).toBe(issue);
    });

    it('accepts every generated valid number', () => {
      fc.assert(fc.property(residentId, (id) => isValidDocument('resident-id', id, TODAY)));
    });

    it('refuses every single-character change of a valid number', () => {
      fc.assert(
        fc.property(
          residentId.chain((id) => oneCharacterChange(id)),
          (changed) => !isValidDocument('resident-id', changed, TODAY),
        ),
        { numRuns: 2000 },
      );
    });
  });

  describe('residence permit for Hong Kong, Macao and Taiwan residents', () => {
    it.each([
      ['810000199001010019', 'HK'],
      ['820000200002290021', 'MO'],
      ['830000198512310039', 'TW'],
    ])('accepts %s as %s', (number, region) => {
      expect(checkDocument('residence-permit', number, TODAY).facts?.region).toBe(region);
    });

    it('refuses a mainland resident ID number', () => {
      expect(checkDocument('residence-permit', '11010519491231002X', TODAY).issue).toBe('region');
    });

    it('accepts every generated valid number', () => {
      fc.assert(fc.property(residencePermit, (id) => isValidDocument('residence-permit', id, TODAY)));
    });

    it('refuses every single-character change of a valid number', () => {
      fc.assert(
        fc.property(
          residencePermit.chain((id) => oneCharacterChange(id)),
          (changed) => !isValidDocument('residence-permit', changed, TODAY),
        ),
        { numRuns: 2000 },
      );
    });
  });

  describe('Mainland Travel Permit for Hong Kong and Macao residents', () => {
    it('reads the region from the letter', () => {
      expect(checkDocument('travel-permit', 'H1234567801', TODAY).facts?.region).toBe('HK');
      expect(checkDocument('travel-permit', 'M8765432102', TODAY).facts?.region).toBe('MO');
    });

    it.each(['C1234567801', 'H12345678', 'H123456780', 'H12345678012', 'HA234567801'])('refuses %s', (number) => {
      expect(checkDocument('travel-permit', number, TODAY).issue).toBe('format');
    });

    it('accepts every H/M + 8 digits + 2-digit issue count, and has no birth date', () => {
      const permit = fc.tuple(fc.constantFrom('H', 'M'), fc.stringMatching(/^\d{10}$/)).map(([l, d]) => l + d);
      fc.assert(
        fc.property(permit, (n) => {
          const { facts } = checkDocument('travel-permit', n, TODAY);
          return facts !== undefined && facts.birthDate === undefined;
        }),
      );
    });
  });

  describe('passport (format only)', () => {
    it.each(['E12345678', 'K0123456', '533380006'])('accepts %s', (number) => {
      expect(isValidDocument('passport', number, TODAY)).toBe(true);
    });

    it.each(['ABCDEFG', 'E12', 'E1234567*', 'E123456789012345678'])('refuses %s', (number) => {
      expect(isValidDocument('passport', number, TODAY)).toBe(false);
    });
  });

  describe('IdentityDocumentSchema', () => {
    it('normalises what a person types before checking', () => {
      const result = v.safeParse(IdentityDocumentSchema, { type: 'resident-id', number: ' 110105 19491231 002x ' });
      expect(result.success && result.output.number).toBe('11010519491231002X');
    });

    it('reports the number as the invalid field', () => {
      const result = v.safeParse(IdentityDocumentSchema, { type: 'resident-id', number: '110105194912310021' });
      expect(result.success).toBe(false);
      expect(result.issues && v.getDotPath(result.issues[0])).toBe('number');
    });

    it('refuses an unknown document type', () => {
      expect(v.safeParse(IdentityDocumentSchema, { type: 'driving-licence', number: 'X1' }).success).toBe(false);
    });
  });

  it('normalises spaces, dashes and case', () => {
    expect(normalizeDocumentNumber(' h-1234 5678 01 ')).toBe('H1234567801');
  });

  describe('ageOn', () => {
    it('counts full years on the Asia/Shanghai calendar', () => {
      expect(ageOn('2000-11-29', new Date('2026-11-28T15:59:59Z'))).toBe(25);
      expect(ageOn('2000-11-29', new Date('2026-11-28T16:00:00Z'))).toBe(26);
      expect(ageOn('1949-12-31', TODAY)).toBe(76);
    });
  });
});
