import { render, waitFor } from '@testing-library/react';
import type {
  IdentityReviewDetail,
  IdentityReviewQueueItem,
} from '../../../../cloudfunctions/lib/contract/identity-review';
import { zhCNIdentity } from '../../../../src/i18n/zh-CN-identity';
import { identityApi } from '../../../../src/features/account/identity-api';
import { factorApi } from '../../../../src/features/staff/factor-api';
import StaffIdentityReviewsPage from '../../../../src/packages/staff/pages/identity-reviews/index';
import { wxApi } from '../../../../src/platform/wx-api';
import { type, click } from '../../../support/ui-events';

jest.mock('../../../../src/features/account/identity-api', () => ({
  identityApi: { queue: jest.fn(), open: jest.fn(), decide: jest.fn() },
}));
jest.mock('../../../../src/features/staff/factor-api', () => ({
  ...jest.requireActual('../../../../src/features/staff/factor-api'),
  factorApi: { verify: jest.fn() },
}));
// The dialog and the toast are WeChat's: the real confirm-action runs against them.
jest.mock('../../../../src/platform/wx-api', () => {
  const actual: typeof import('../../../../src/platform/wx-api') = jest.requireActual(
    '../../../../src/platform/wx-api',
  );
  return { wxApi: { ...actual.wxApi, showModal: jest.fn(), showToast: jest.fn() } };
});
// Page lifecycle hooks need Taro's app runtime: here a show is the first mount.
jest.mock('@tarojs/taro', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...jest.requireActual('@tarojs/taro'),
    useDidShow: (show: () => void) => useEffect(() => show(), []),
  };
});

const api = jest.mocked(identityApi);
const factor = jest.mocked(factorApi);
const wx = jest.mocked(wxApi);

const waiting: IdentityReviewQueueItem = {
  reviewId: 'acc-macao-1',
  documentType: 'residence-permit',
  // 02:30 UTC is 10:30 in Beijing.
  submittedAt: '2026-12-01T02:30:00.000Z',
  taken: false,
};
const detail: IdentityReviewDetail = {
  reviewId: 'acc-macao-1',
  realName: '陈大文',
  documentType: 'residence-permit',
  documentNumber: '820000200002290021',
  photoUrl: 'https://local.cloud/tmp/photo.jpg',
};

async function opened() {
  const page = render(<StaffIdentityReviewsPage />).container;
  await waitFor(() => expect(page.querySelector('.identity-reviews__item')).not.toBeNull());
  await click(page, '.identity-reviews__open');
  return page;
}

describe('StaffIdentityReviewsPage', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    api.queue.mockResolvedValue({ ok: true, data: [waiting] });
    api.open.mockResolvedValue({ ok: true, data: detail });
    wx.showToast.mockResolvedValue({} as never);
  });

  it('lists checks by document type and time only, then shows the opened one’s name, number and photo', async () => {
    const page = render(<StaffIdentityReviewsPage />).container;
    await waitFor(() => expect(page.querySelector('.identity-reviews__item')).not.toBeNull());
    const line = page.querySelector('.identity-reviews__item')?.textContent ?? '';
    expect(line).toContain('港澳台居民居住证');
    expect(line).toContain('10:30');
    expect(line).not.toContain('陈大文');
    await click(page, '.identity-reviews__open');
    expect(api.open).toHaveBeenCalledWith('acc-macao-1');
    expect(page.querySelector('.identity-reviews__real-name')?.textContent).toBe('陈大文');
    expect(page.querySelector('.identity-reviews__number')?.textContent).toBe('820000200002290021');
    expect(page.querySelector('.identity-reviews__photo')?.getAttribute('src')).toBe(detail.photoUrl);
    // Named for a screen reader: the photo is what the reviewer decides on.
    expect(page.querySelector('.identity-reviews__photo')?.getAttribute('aria-label')).toBe(zhCNIdentity.staff.photo);
  });

  it('approves only after the confirmation, then says so and reloads the queue', async () => {
    const page = await opened();
    wx.showModal.mockResolvedValueOnce({ confirm: false, cancel: true } as never);
    await click(page, '.identity-reviews__approve');
    expect(api.decide).not.toHaveBeenCalled();

    wx.showModal.mockResolvedValueOnce({ confirm: true, cancel: false } as never);
    api.decide.mockResolvedValue({ ok: true, data: { reviewId: 'acc-macao-1', status: 'approved' } });
    api.queue.mockResolvedValue({ ok: true, data: [] });
    await click(page, '.identity-reviews__approve');
    expect(api.decide).toHaveBeenCalledWith('acc-macao-1', 'approve', '');
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已核验通过' }));
    expect(page.querySelector('.identity-reviews__empty')?.textContent).toBe('暂无待核验的证件');
  });

  it('asks for a reason before refusing, and sends it with the refusal', async () => {
    const page = await opened();
    await click(page, '.identity-reviews__refuse');
    expect(wx.showModal).not.toHaveBeenCalled();
    expect(page.querySelector('.identity-reviews__error')?.textContent).toBe('不通过时请填写说明');

    type(page, '.identity-reviews__comment', '照片模糊，号码无法辨认');
    wx.showModal.mockResolvedValueOnce({ confirm: true, cancel: false } as never);
    api.decide.mockResolvedValue({ ok: true, data: { reviewId: 'acc-macao-1', status: 'refused' } });
    await click(page, '.identity-reviews__refuse');
    expect(wx.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '确认不通过？', confirmColor: '#b42318' }),
    );
    expect(api.decide).toHaveBeenCalledWith('acc-macao-1', 'refuse', '照片模糊，号码无法辨认');
  });

  it('asks for a fresh code when opening needs a step-up, and opens the check once the code is accepted', async () => {
    api.open
      .mockResolvedValueOnce({ ok: false, error: { code: 'STAFF.STEP_UP_REQUIRED', message: '须再次输入验证码' } })
      .mockResolvedValueOnce({ ok: true, data: detail });
    factor.verify
      .mockResolvedValueOnce({ ok: false, error: { code: 'STAFF.FACTOR_INVALID', message: '验证码不正确' } })
      .mockResolvedValueOnce({
        ok: true,
        data: { staff: true, enrolled: true, verified: true, stepUpUntil: '2026-12-01T02:35:00.000Z' },
      });
    const page = await opened();
    expect(page.querySelector('.factor-prompt')).not.toBeNull();
    expect(page.querySelector('.identity-reviews__opened')).toBeNull();
    expect(page.querySelector('.identity-reviews__error')).toBeNull();
    expect(page.querySelector('.identity-reviews__open')?.getAttribute('aria-disabled')).toBe('true');

    type(page, '.factor-prompt__code', '123 456');
    await click(page, '.factor-prompt__verify');
    expect(factor.verify).toHaveBeenLastCalledWith('123456');
    expect(page.querySelector('.factor-prompt__error')?.textContent).toBe('验证码不正确');
    expect(api.open).toHaveBeenCalledTimes(1);

    type(page, '.factor-prompt__code', '654321');
    await click(page, '.factor-prompt__verify');
    await waitFor(() => expect(page.querySelector('.identity-reviews__opened')).not.toBeNull());
    expect(api.open).toHaveBeenCalledTimes(2);
    expect(page.querySelector('.factor-prompt')).toBeNull();
    expect(page.querySelector('.identity-reviews__number')?.textContent).toBe('820000200002290021');
  });

  it('cancelling the prompt opens nothing and leaves the list', async () => {
    api.open.mockResolvedValue({
      ok: false,
      error: { code: 'STAFF.STEP_UP_REQUIRED', message: '须再次输入验证码' },
    });
    const page = await opened();
    await click(page, '.factor-prompt__cancel');
    expect(page.querySelector('.factor-prompt')).toBeNull();
    expect(page.querySelector('.identity-reviews__opened')).toBeNull();
    expect(page.querySelector('.identity-reviews__item')).not.toBeNull();
    expect(factor.verify).not.toHaveBeenCalled();
  });

  it('shows the cloud’s refusal, e.g. a check another reviewer took', async () => {
    api.open.mockResolvedValue({
      ok: false,
      error: { code: 'IDENTITY.REVIEW_TAKEN', message: '该核验已由其他工作人员处理' },
    });
    const page = await opened();
    expect(page.querySelector('.identity-reviews__error')?.textContent).toBe('该核验已由其他工作人员处理');
    expect(page.querySelector('.identity-reviews__opened')).toBeNull();
  });
});
