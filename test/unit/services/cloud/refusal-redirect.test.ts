import { leadToAnswer, leadToFactorSetup } from '../../../../src/services/cloud/refusal-redirect';
import { ROUTES, currentRoute, navigate } from '../../../../src/platform/navigation';

// Taro's runtime does not load in Node: the routes this test needs, as navigation.ts names them.
jest.mock('../../../../src/platform/navigation', () => ({
  ROUTES: {
    agreement: '/pages/agreement/index',
    privacyCenter: '/packages/privacy/pages/center/index',
    staffFactor: '/packages/staff/pages/factor/index',
  },
  navigate: jest.fn(),
  currentRoute: jest.fn(() => '/packages/staff/pages/desk/index'),
}));

describe('a refusal for want of the staff second factor, from any call', () => {
  beforeEach(() => {
    jest.mocked(navigate).mockClear();
    jest.mocked(currentRoute).mockReturnValue('/packages/staff/pages/desk/index');
  });

  it('STAFF.FACTOR_ENROL_REQUIRED leads to the 二次验证 page; a code asked for stays with the prompt', () => {
    leadToFactorSetup('STAFF.FACTOR_ENROL_REQUIRED');
    leadToFactorSetup('STAFF.FACTOR_REQUIRED');
    leadToFactorSetup('STAFF.STEP_UP_REQUIRED');
    expect(jest.mocked(navigate).mock.calls).toEqual([[ROUTES.staffFactor]]);
  });

  it('stays put on the 二次验证 page itself', () => {
    jest.mocked(currentRoute).mockReturnValue(ROUTES.staffFactor);
    leadToFactorSetup('STAFF.FACTOR_ENROL_REQUIRED');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('the client hears consent and factor refusals alike, each led to its own place', () => {
    leadToAnswer('CONSENT.REQUIRED');
    leadToAnswer('STAFF.FACTOR_ENROL_REQUIRED');
    leadToAnswer('ACCOUNT.NOT_SIGNED_IN');
    expect(jest.mocked(navigate).mock.calls).toEqual([[ROUTES.agreement, undefined], [ROUTES.staffFactor]]);
  });
});
