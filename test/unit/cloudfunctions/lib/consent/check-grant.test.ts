import { checkGeneralPurposes, resolveGrantedVersion } from '../../../../../cloudfunctions/lib/consent/check-grant';
import { AGREEMENT_V1, AGREEMENT_V2, catalog } from './fixtures';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('resolveGrantedVersion', () => {
  it('accepts the current version with its exact hash', () => {
    const ref = { id: 'user-agreement', version: AGREEMENT_V2.version, sha256: AGREEMENT_V2.sha256 };
    expect(resolveGrantedVersion(catalog, ref)).toMatchObject({ id: 'user-agreement', version: AGREEMENT_V2.version });
  });

  it.each([
    [
      'an unknown document',
      { id: 'cookie-policy', version: '2021-11-15', sha256: 'a'.repeat(64) },
      'CONSENT.DOCUMENT_UNKNOWN',
    ],
    [
      'a superseded version',
      { id: 'user-agreement', version: AGREEMENT_V1.version, sha256: AGREEMENT_V1.sha256 },
      'CONSENT.VERSION_STALE',
    ],
    [
      'a version never published',
      { id: 'user-agreement', version: '2030-01-01', sha256: AGREEMENT_V2.sha256 },
      'CONSENT.VERSION_UNKNOWN',
    ],
    [
      'another text than the one in force',
      { id: 'user-agreement', version: AGREEMENT_V2.version, sha256: 'f'.repeat(64) },
      'CONSENT.HASH_MISMATCH',
    ],
    [
      'the hash of the old text under the new version',
      { id: 'user-agreement', version: AGREEMENT_V2.version, sha256: AGREEMENT_V1.sha256 },
      'CONSENT.HASH_MISMATCH',
    ],
  ])('refuses %s', (_what, ref, code) => {
    expect(codeOf(() => resolveGrantedVersion(catalog, ref))).toBe(code);
  });
});

describe('checkGeneralPurposes', () => {
  it('lets the basic service through', () => {
    expect(codeOf(() => checkGeneralPurposes(['basic-service']))).toBeUndefined();
  });

  it.each(['face-verification', 'id-number', 'bank-account', 'location', 'minor-data'] as const)(
    'refuses to bundle %s into the general agreement',
    (purpose) => {
      expect(codeOf(() => checkGeneralPurposes(['basic-service', purpose]))).toBe('CONSENT.SENSITIVE_BUNDLED');
    },
  );
});
