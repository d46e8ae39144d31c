import { act, renderHook } from '@testing-library/react';
import { requestsApi } from '../../../../src/features/requests/requests-api';
import { useEnterprise } from '../../../../src/features/requests/use-enterprise';
import { ROUTES, navigate } from '../../../../src/platform/navigation';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  navigate: jest.fn(),
}));
jest.mock('../../../../src/features/requests/requests-api', () => ({
  requestsApi: { registerEnterprise: jest.fn(), myGrants: jest.fn(), catalog: jest.fn(), myEnterprises: jest.fn() },
}));

const api = jest.mocked(requestsApi);

/** A registration the shared schema accepts: the cloud decides on the registrant's level. */
function filledIn() {
  const hook = renderHook(() => useEnterprise());
  act(() =>
    hook.result.current.setEnterprise({
      uscc: '91350100M000100Y43',
      name: '横琴澳资示范有限公司',
      representative: '何澳门',
      documentType: 'travel-permit',
      documentNumber: 'M1234567801',
    }),
  );
  return hook;
}

describe('useEnterprise, registrant below L2', () => {
  beforeEach(() => jest.resetAllMocks());

  it('leads an unverified registrant to 实名核验 and keeps the refusal on the form', async () => {
    const message = '办理此事项需要先完成实名核验';
    api.registerEnterprise.mockResolvedValue({ ok: false, error: { code: 'IDENTITY.LEVEL_REQUIRED', message } });
    const { result } = filledIn();
    expect(result.current.enterpriseValid).toBe(true);
    await act(() => result.current.register());
    expect(api.registerEnterprise).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(ROUTES.accountIdentity);
    expect(result.current.error).toBe(message);
  });

  it('stays on the form for any other refusal', async () => {
    api.registerEnterprise.mockResolvedValue({
      ok: false,
      error: { code: 'ENTERPRISE.ALREADY_REGISTERED', message: '该企业已登记，请直接申请成为其经办人' },
    });
    const { result } = filledIn();
    await act(() => result.current.register());
    expect(navigate).not.toHaveBeenCalled();
    expect(result.current.error).toBe('该企业已登记，请直接申请成为其经办人');
  });
});
