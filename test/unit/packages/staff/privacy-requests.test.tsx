import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { StaffQueueItem, StaffRequestDetail } from '../../../../cloudfunctions/lib/contract/privacy';
import { privacyApi } from '../../../../src/features/privacy/privacy-api';
import StaffPrivacyRequestsPage from '../../../../src/packages/staff/pages/privacy-requests/index';
import { tActions } from '../../../../src/i18n/actions';
import { answerModal } from '../../../support/h5-modal';
import { factorApi } from '../../../../src/features/staff/factor-api';
import { applyLocale } from '../../../../src/i18n/locale-store';
import { ptPTRights } from '../../../../src/i18n/pt-PT-rights';
import { ptPTPackages } from '../../../../src/i18n/pt-PT-packages';

jest.mock('../../../../src/features/privacy/privacy-api', () => ({
  privacyApi: { queue: jest.fn(), detail: jest.fn(), reveal: jest.fn(), decide: jest.fn() },
}));

jest.mock('../../../../src/features/staff/factor-api', () => ({
  ...jest.requireActual('../../../../src/features/staff/factor-api'),
  factorApi: { verify: jest.fn() },
}));

const api = jest.mocked(privacyApi);
const factor = jest.mocked(factorApi);

const item: StaffQueueItem = {
  id: 'c'.repeat(24),
  kind: 'correction',
  status: 'open',
  accountName: 'chan_tai_man',
  fields: ['document'],
  createdAt: '2026-11-20T02:00:00.000Z',
  dueDate: '2026-11-27',
  overdue: true,
};

const detail: StaffRequestDetail = {
  ...item,
  text: { reason: '证件类型选错' },
  proposed: { document: { type: 'resident-id', number: '4401**********1220' } },
  current: { realName: '**文', document: { type: 'residence-permit', number: '8200**********0021' } },
  decidedAt: null,
  reply: null,
};

async function click(container: HTMLElement, selector: string) {
  await act(async () => {
    fireEvent.click(container.querySelector(selector) as Element);
  });
}

describe('StaffPrivacyRequestsPage', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    api.queue.mockResolvedValue({ ok: true, data: { items: [item] } });
    api.detail.mockResolvedValue({ ok: true, data: detail });
  });

  it('shows the queue with overdue requests marked, opens one masked and reveals it only on request', async () => {
    api.reveal.mockResolvedValue({
      ok: true,
      data: {
        proposed: { document: { type: 'resident-id', number: '440104199003071220' } },
        current: { realName: '陈大文', document: { type: 'residence-permit', number: '820000200002290021' } },
      },
    });
    const { container } = render(<StaffPrivacyRequestsPage />);
    await waitFor(() => expect(container.querySelector('.staff-privacy__item')).not.toBeNull());
    expect(container.querySelector('.staff-desk__overdue')).not.toBeNull();
    await click(container, '.staff-privacy__item');
    expect(container.querySelector('.staff-privacy__proposed-document')?.textContent).toContain('4401**********1220');
    expect(api.reveal).not.toHaveBeenCalled();
    await click(container, '.staff-privacy__reveal');
    expect(api.reveal).toHaveBeenCalledWith(item.id);
    expect(container.querySelector('.staff-privacy__proposed-document')?.textContent).toContain('440104199003071220');
  });

  it('writes a label and its value with the reader’s punctuation (Motivo: …, never Motivo：…)', async () => {
    applyLocale('pt-PT');
    try {
      const { container } = render(<StaffPrivacyRequestsPage />);
      await waitFor(() => expect(container.querySelector('.staff-privacy__item')).not.toBeNull());
      await click(container, '.staff-privacy__item');
      expect(container.querySelector('.staff-privacy__text')?.textContent).toBe(`${ptPTRights.reason}: 证件类型选错`);
      expect(container.querySelector('.staff-privacy__proposed-document')?.textContent).toBe(
        `${ptPTPackages.account.documentTypes['resident-id']}: 4401**********1220`,
      );
    } finally {
      applyLocale('zh-CN');
    }
  });

  it('asks for a fresh code when the reveal needs a step-up, and reveals once the code is accepted', async () => {
    const full = {
      proposed: { document: { type: 'resident-id' as const, number: '440104199003071220' } },
      current: { realName: '陈大文', document: { type: 'residence-permit' as const, number: '820000200002290021' } },
    };
    api.reveal
      .mockResolvedValueOnce({ ok: false, error: { code: 'STAFF.STEP_UP_REQUIRED', message: '须再次输入验证码' } })
      .mockResolvedValueOnce({ ok: true, data: full });
    factor.verify
      .mockResolvedValueOnce({ ok: false, error: { code: 'STAFF.FACTOR_INVALID', message: '验证码不正确' } })
      .mockResolvedValueOnce({
        ok: true,
        data: { staff: true, enrolled: true, verified: true, stepUpUntil: '2026-11-20T02:05:00.000Z' },
      });
    const { container } = render(<StaffPrivacyRequestsPage />);
    await waitFor(() => expect(container.querySelector('.staff-privacy__item')).not.toBeNull());
    await click(container, '.staff-privacy__item');
    await click(container, '.staff-privacy__reveal');
    expect(container.querySelector('.factor-prompt')).not.toBeNull();
    expect(container.querySelector('.factor-prompt .app-button__reason')?.textContent).toBe('请先输入 6 位验证码');
    expect(container.querySelector('.staff-privacy__proposed-document')?.textContent).toContain('4401**********1220');
    const typeCode = (value: string) =>
      act(() => {
        container
          .querySelector('.factor-prompt__code')
          ?.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
      });

    typeCode('123 456');
    await click(container, '.factor-prompt__verify');
    expect(factor.verify).toHaveBeenLastCalledWith('123456');
    expect(container.querySelector('.factor-prompt__error')?.textContent).toBe('验证码不正确');
    expect(api.reveal).toHaveBeenCalledTimes(1);

    typeCode('654321');
    await click(container, '.factor-prompt__verify');
    await waitFor(() => expect(api.reveal).toHaveBeenCalledTimes(2));
    expect(container.querySelector('.factor-prompt')).toBeNull();
    expect(container.querySelector('.staff-privacy__proposed-document')?.textContent).toContain('440104199003071220');
  });

  it('asks before deciding: cancelling the dialog decides nothing', async () => {
    const { container } = render(<StaffPrivacyRequestsPage />);
    await waitFor(() => expect(container.querySelector('.staff-privacy__item')).not.toBeNull());
    await click(container, '.staff-privacy__item');
    act(() => {
      container
        .querySelector('.staff-privacy__reply')
        ?.dispatchEvent(new CustomEvent('input', { detail: { value: '材料不全' }, bubbles: true }));
    });
    await click(container, '.staff-privacy__refuse');
    expect((await answerModal('cancel')).title).toBe(tActions.reject.title);
    expect(api.decide).not.toHaveBeenCalled();
    expect(container.querySelector('.staff-privacy__detail')).not.toBeNull();
  });

  it('decides with the reply written, shows a refusal from the cloud, and goes back to the queue when done', async () => {
    api.decide.mockResolvedValueOnce({
      ok: false,
      error: { code: 'ACCOUNT.FORBIDDEN', message: '您没有权限进行此操作' },
    });
    const { container } = render(<StaffPrivacyRequestsPage />);
    await waitFor(() => expect(container.querySelector('.staff-privacy__item')).not.toBeNull());
    await click(container, '.staff-privacy__item');
    act(() => {
      container
        .querySelector('.staff-privacy__reply')
        ?.dispatchEvent(new CustomEvent('input', { detail: { value: '已按证件更正' }, bubbles: true }));
    });
    await click(container, '.staff-privacy__approve');
    expect(await answerModal('confirm')).toEqual({ title: tActions.approve.title, text: tActions.approve.content });
    await waitFor(() => expect(api.decide).toHaveBeenCalledWith(item.id, 'approved', '已按证件更正'));
    expect(container.querySelector('.staff-privacy__error')?.textContent).toBe('您没有权限进行此操作');

    api.decide.mockResolvedValueOnce({ ok: true, data: { id: item.id, status: 'approved' } });
    api.queue.mockResolvedValue({ ok: true, data: { items: [] } });
    // The page clears the reply after each attempt; a disabled button no longer takes taps.
    act(() => {
      container
        .querySelector('.staff-privacy__reply')
        ?.dispatchEvent(new CustomEvent('input', { detail: { value: '已按证件更正' }, bubbles: true }));
    });
    await click(container, '.staff-privacy__approve');
    await answerModal('confirm');
    await waitFor(() => expect(container.querySelector('.staff-privacy__decided')).not.toBeNull());
    expect(container.querySelector('.staff-privacy__decided')).not.toBeNull();
    expect(container.querySelector('.staff-privacy__detail')).toBeNull();
  });
});
