import { VERIFICATION_LEVELS, type VerificationLevel } from '../../../../../cloudfunctions/lib/contract/account';
import { isIdentityVerifiedForComplaint } from '../../../../../cloudfunctions/lib/feedback/identity-verified';

const account = (verificationLevel: VerificationLevel, statusState = 'active' as const) => ({
  verificationLevel,
  statusState,
});

describe('isIdentityVerifiedForComplaint (policy §10)', () => {
  it('accepts a face-verified account and one a staff member verified from its document (L2)', () => {
    expect(isIdentityVerifiedForComplaint(account('face-verified'))).toBe(true);
    expect(isIdentityVerifiedForComplaint(account('staff-verified'))).toBe(true);
  });

  it('refuses a document-checked account: matching a name and number proves no one is present', () => {
    expect(isIdentityVerifiedForComplaint(account('document-checked'))).toBe(false);
  });

  it('refuses an unverified, a cancelled and a missing account', () => {
    expect(isIdentityVerifiedForComplaint(account('unverified'))).toBe(false);
    expect(isIdentityVerifiedForComplaint({ verificationLevel: 'face-verified', statusState: 'cancelled' })).toBe(
      false,
    );
    expect(isIdentityVerifiedForComplaint(null)).toBe(false);
  });

  it('accepts exactly the L2 levels the account model knows', () => {
    expect(VERIFICATION_LEVELS.filter((level) => isIdentityVerifiedForComplaint(account(level)))).toEqual([
      'face-verified',
      'staff-verified',
    ]);
  });
});
