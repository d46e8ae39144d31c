import { act, renderHook } from '@testing-library/react';
import { requestsApi } from '../../../../src/features/requests/requests-api';
import { useEnterprise } from '../../../../src/features/requests/use-enterprise';
import { ROUTES, navigate } from '../../../../src/platform/navigation';
import { confirmAction } from '../../../../src/platform/confirm-action';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  navigate: jest.fn(),
}));
jest.mock('../../../../src/features/requests/requests-api', () => ({
  requestsApi: {
    registerEnterprise: jest.fn(),
    takeOverEnterprise: jest.fn(),
    myGrants: jest.fn(),
    catalog: jest.fn(),
    myEnterprises: jest.fn(),
  },
}));
jest.mock('../../../../src/platform/confirm-action', () => ({
  confirmAction: jest.fn(),
  toastSuccess: jest.fn(),
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

describe('useEnterprise, a registration someone else made', () => {
  const refusedAsTaken = (code: string) =>
    api.registerEnterprise.mockResolvedValue({ ok: false, error: { code, message: '已登记' } });

  beforeEach(() => {
    jest.resetAllMocks();
    api.myGrants.mockResolvedValue({ ok: true, data: [] });
    api.catalog.mockResolvedValue({ ok: true, data: [] });
    api.myEnterprises.mockResolvedValue({ ok: true, data: [] });
  });

  it('offers no takeover when the registry does not name the person', async () => {
    refusedAsTaken('ENTERPRISE.ALREADY_REGISTERED');
    const { result } = filledIn();
    await act(() => result.current.register());
    expect(result.current.takeover).toBeNull();
  });

  it('offers the takeover of the code when the refusal says it is possible', async () => {
    refusedAsTaken('ENTERPRISE.TAKEOVER_AVAILABLE');
    const { result } = filledIn();
    await act(() => result.current.register());
    expect(result.current.takeover).toBe('91350100M000100Y43');
    // The takeover card explains the refusal: its message is not repeated above it.
    expect(result.current.error).toBe('');
  });

  it('keeps the offer and shows why when the takeover itself is refused', async () => {
    refusedAsTaken('ENTERPRISE.TAKEOVER_AVAILABLE');
    jest.mocked(confirmAction).mockResolvedValue(true);
    const why = '企业登记资料中的法定代表人不是您，无法接管该企业的登记';
    api.takeOverEnterprise.mockResolvedValue({
      ok: false,
      error: { code: 'ENTERPRISE.TAKEOVER_UNCONFIRMED', message: why },
    });
    const { result } = filledIn();
    await act(() => result.current.register());
    await act(() => result.current.takeOver());
    expect(result.current.error).toBe(why);
    expect(result.current.takeover).toBe('91350100M000100Y43');
  });

  it('takes over nothing unless the person confirms', async () => {
    refusedAsTaken('ENTERPRISE.TAKEOVER_AVAILABLE');
    jest.mocked(confirmAction).mockResolvedValue(false);
    const { result } = filledIn();
    await act(() => result.current.register());
    await act(() => result.current.takeOver());
    expect(api.takeOverEnterprise).not.toHaveBeenCalled();
    expect(result.current.takeover).toBe('91350100M000100Y43');
  });

  it('takes over after the confirmation and says so', async () => {
    refusedAsTaken('ENTERPRISE.TAKEOVER_AVAILABLE');
    jest.mocked(confirmAction).mockResolvedValue(true);
    const view = { id: 'e1', name: '横琴澳资示范有限公司', uscc: '91350100M000100Y43' };
    api.takeOverEnterprise.mockResolvedValue({ ok: true, data: view as never });
    const { result } = filledIn();
    await act(() => result.current.register());
    await act(() => result.current.takeOver());
    expect(api.takeOverEnterprise).toHaveBeenCalledWith('91350100M000100Y43');
    expect(result.current.takeover).toBeNull();
    expect(result.current.notice).toContain('横琴澳资示范有限公司');
    expect(result.current.found?.id).toBe('e1');
  });
});
