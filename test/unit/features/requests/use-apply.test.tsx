import { act, renderHook, waitFor } from '@testing-library/react';
import type { RequestView } from '../../../../cloudfunctions/lib/contract/requests';
import { requestsApi } from '../../../../src/features/requests/requests-api';
import { useApply } from '../../../../src/features/requests/use-apply';
import { ROUTES, navigate, redirect } from '../../../../src/platform/navigation';
import { readStored, removeStored } from '../../../../src/platform/storage';
import { FILLED, MATTER } from './matter-fixture';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  redirect: jest.fn(),
  navigate: jest.fn(),
}));
jest.mock('../../../../src/features/requests/requests-api', () => ({
  requestsApi: { matter: jest.fn(), myGrants: jest.fn(), submit: jest.fn() },
}));

const api = jest.mocked(requestsApi);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A hook whose draft is complete: form filled, a photo uploaded, pick-up contact given. */
async function completeDraft() {
  const hook = renderHook(() => useApply(MATTER.code));
  await waitFor(() => expect(hook.result.current.matter).not.toBeNull());
  act(() =>
    hook.result.current.change((d) => ({
      ...d,
      form: FILLED,
      materials: [{ materialCode: 'photo', uploadId: 'a'.repeat(24), name: 'photo.jpg', size: 2048, kind: 'jpeg' }],
      delivery: { ...d.delivery, contact: '陈大文', mobile: { countryCode: '+853', number: '66123456' } },
      step: 'review',
    })),
  );
  return hook;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('useApply', () => {
  beforeEach(() => {
    removeStored('requests.drafts');
    jest.mocked(redirect).mockClear();
    jest.mocked(navigate).mockClear();
    api.submit.mockReset();
    api.matter.mockResolvedValue({ ok: true, data: MATTER });
    api.myGrants.mockResolvedValue({ ok: true, data: [] });
  });

  it('starts a draft with a fresh client request id and keeps every change on the device', async () => {
    const { result, unmount } = renderHook(() => useApply(MATTER.code));
    await waitFor(() => expect(result.current.matter).not.toBeNull());
    expect(result.current.draft.clientRequestId).toMatch(UUID);
    expect(result.current.restored).toBe(false);
    act(() => result.current.change((d) => ({ ...d, form: { companyName: '半填的' } })));
    expect(readStored('requests.drafts')?.[MATTER.code]?.form).toEqual({ companyName: '半填的' });
    const id = result.current.draft.clientRequestId;
    unmount();

    const again = renderHook(() => useApply(MATTER.code));
    await waitFor(() => expect(again.result.current.matter).not.toBeNull());
    expect(again.result.current.restored).toBe(true);
    expect(again.result.current.draft.form.companyName).toBe('半填的');
    expect(again.result.current.draft.clientRequestId).toBe(id);
  });

  it('sends nothing while a step has a problem, and shows that step', async () => {
    const { result } = renderHook(() => useApply(MATTER.code));
    await waitFor(() => expect(result.current.matter).not.toBeNull());
    act(() => result.current.change((d) => ({ ...d, form: { ...FILLED, copies: '11' }, step: 'review' })));
    await act(() => result.current.submit());
    expect(api.submit).not.toHaveBeenCalled();
    expect(result.current.draft.step).toBe('form');
    expect(result.current.problems?.form).toEqual({ copies: 'range' });
    expect(result.current.problems?.materials).toEqual(['photo']);
  });

  it('submits typed values once however often the button is tapped while it is on its way', async () => {
    const answer = deferred<Awaited<ReturnType<typeof requestsApi.submit>>>();
    api.submit.mockReturnValue(answer.promise);
    const { result } = await completeDraft();
    let first!: Promise<void>;
    let second!: Promise<void>;
    act(() => {
      first = result.current.submit();
      second = result.current.submit();
    });
    await act(async () => {
      answer.resolve({ ok: true, data: { id: 'req-000001' } as RequestView });
      await Promise.all([first, second]);
    });
    expect(api.submit).toHaveBeenCalledTimes(1);
    expect(api.submit.mock.calls[0]?.[0]).toMatchObject({
      clientRequestId: expect.stringMatching(UUID),
      matterCode: MATTER.code,
      form: { companyName: '横琴测试有限公司', copies: 2, purpose: 'bank' },
      materials: [{ materialCode: 'photo', uploadId: 'a'.repeat(24) }],
      delivery: { method: 'pickup', contact: '陈大文', mobile: { countryCode: '+853', number: '66123456' } },
    });
    expect(redirect).toHaveBeenCalledWith(ROUTES.requestDetail, { id: 'req-000001' });
    expect(readStored('requests.drafts')?.[MATTER.code]).toBeUndefined();
  });

  it('keeps the draft after a failed submit and retries with the same client request id', async () => {
    api.submit.mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: '网络异常，请稍后重试' } });
    const { result } = await completeDraft();
    await act(() => result.current.submit());
    expect(result.current.error).toBe('网络异常，请稍后重试');
    expect(redirect).not.toHaveBeenCalled();
    const kept = readStored('requests.drafts')?.[MATTER.code];
    expect(kept?.clientRequestId).toBe(result.current.draft.clientRequestId);

    api.submit.mockResolvedValueOnce({ ok: true, data: { id: 'req-000002' } as RequestView });
    await act(() => result.current.submit());
    expect(api.submit).toHaveBeenCalledTimes(2);
    const [firstTry, retry] = api.submit.mock.calls.map(([input]) => input.clientRequestId);
    expect(retry).toBe(firstTry);
    expect(redirect).toHaveBeenCalledWith(ROUTES.requestDetail, { id: 'req-000002' });
  });

  it('leads a person below the matter’s level to 实名核验, keeping the draft and the refusal', async () => {
    const message = '办理此事项需要先完成实名核验';
    api.submit.mockResolvedValueOnce({ ok: false, error: { code: 'IDENTITY.LEVEL_REQUIRED', message } });
    const { result } = await completeDraft();
    await act(() => result.current.submit());
    expect(navigate).toHaveBeenCalledWith(ROUTES.accountIdentity);
    expect(result.current.error).toBe(message);
    expect(readStored('requests.drafts')?.[MATTER.code]?.clientRequestId).toBe(result.current.draft.clientRequestId);
  });

  it('does not lead elsewhere on other refusals', async () => {
    api.submit.mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: '网络异常，请稍后重试' } });
    const { result } = await completeDraft();
    await act(() => result.current.submit());
    expect(navigate).not.toHaveBeenCalled();
  });

  it('applies as agent only through an approved, current grant for this matter', async () => {
    const grant = {
      id: 'grant-0001',
      enterprise: { id: 'ent-00001', name: '横琴测试有限公司', uscc: '91350100M000100Y43' },
      matterCodes: [MATTER.code],
      status: 'approved',
      current: true,
    };
    api.myGrants.mockResolvedValue({
      ok: true,
      data: [
        grant,
        { ...grant, id: 'grant-0002', current: false },
        { ...grant, id: 'grant-0003', matterCodes: ['OTHER'] },
        { ...grant, id: 'grant-0004', status: 'pending' },
      ] as never,
    });
    const { result } = await completeDraft();
    await waitFor(() => expect(result.current.grants.map((g) => g.id)).toEqual(['grant-0001']));
    act(() => result.current.change((d) => ({ ...d, asEnterpriseId: 'ent-00001' })));
    api.submit.mockResolvedValue({ ok: true, data: { id: 'req-000003' } as RequestView });
    await act(() => result.current.submit());
    expect(api.submit.mock.calls[0]?.[0].asEnterpriseId).toBe('ent-00001');
  });

  it('starts over with a new client request id when the draft is discarded', async () => {
    const { result } = renderHook(() => useApply(MATTER.code));
    await waitFor(() => expect(result.current.matter).not.toBeNull());
    act(() => result.current.change((d) => ({ ...d, form: FILLED })));
    const before = result.current.draft.clientRequestId;
    act(() => result.current.discard());
    expect(result.current.draft.clientRequestId).not.toBe(before);
    expect(result.current.draft.form).toEqual({});
    expect(readStored('requests.drafts')?.[MATTER.code]).toBeUndefined();
  });
});
