import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { factorApi } from '../../../../src/features/staff/factor-api';
import StaffFactorPage from '../../../../src/packages/staff/pages/factor/index';
import { zhCNStaffFactor as tf } from '../../../../src/i18n/zh-CN-staff-factor';

jest.mock('../../../../src/features/staff/factor-api', () => ({
  ...jest.requireActual('../../../../src/features/staff/factor-api'),
  factorApi: { status: jest.fn(), enrolStart: jest.fn(), enrolConfirm: jest.fn(), verify: jest.fn() },
}));

// Page lifecycle hooks need Taro's app runtime: here a show is the first mount.
jest.mock('@tarojs/taro', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...jest.requireActual('@tarojs/taro'),
    useDidShow: (show: () => void) => useEffect(() => show(), []),
  };
});

const api = jest.mocked(factorApi);
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

async function click(container: HTMLElement, selector: string) {
  await act(async () => {
    fireEvent.click(container.querySelector(selector) as Element);
  });
}

describe('StaffFactorPage', () => {
  beforeEach(() => jest.resetAllMocks());

  it('when not enrolled: shows the key in groups and the link, then confirms with a 6-digit code', async () => {
    api.status.mockResolvedValue({
      ok: true,
      data: { staff: true, enrolled: false, verified: false, stepUpUntil: null },
    });
    api.enrolStart.mockResolvedValue({ ok: true, data: { secret: SECRET, uri: `otpauth://totp/x?secret=${SECRET}` } });
    api.enrolConfirm.mockResolvedValue({
      ok: true,
      data: { staff: true, enrolled: true, verified: true, stepUpUntil: '2026-11-20T02:05:00.000Z' },
    });
    const { container } = render(<StaffFactorPage />);
    await waitFor(() =>
      expect(container.querySelector('.staff-factor__not-enrolled')?.textContent).toBe(tf.notEnrolled),
    );
    await click(container, '.staff-factor__start');
    expect(container.querySelector('.staff-factor__secret')?.textContent).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    expect(container.querySelector('.staff-factor__copy-uri')).not.toBeNull();

    act(() => {
      container
        .querySelector('.staff-factor__code')
        ?.dispatchEvent(new CustomEvent('input', { detail: { value: '12a34' }, bubbles: true }));
    });
    await click(container, '.staff-factor__confirm');
    expect(api.enrolConfirm).not.toHaveBeenCalled();
    // Under the waiting button: why it waits, not the placeholder said twice.
    expect(container.querySelector('.app-button__reason')?.textContent).toBe(tf.codeNeeded);
    act(() => {
      container
        .querySelector('.staff-factor__code')
        ?.dispatchEvent(new CustomEvent('input', { detail: { value: '123 456' }, bubbles: true }));
    });
    await click(container, '.staff-factor__confirm');
    expect(api.enrolConfirm).toHaveBeenCalledWith('123456');
    await waitFor(() => expect(container.querySelector('.staff-factor__enrolled')?.textContent).toBe(tf.enrolled));
    expect(container.querySelector('.staff-factor__secret')).toBeNull();
  });

  it('shows a wrong code under the field and keeps the key on screen', async () => {
    api.status.mockResolvedValue({
      ok: true,
      data: { staff: true, enrolled: false, verified: false, stepUpUntil: null },
    });
    api.enrolStart.mockResolvedValue({ ok: true, data: { secret: SECRET, uri: `otpauth://totp/x?secret=${SECRET}` } });
    api.enrolConfirm.mockResolvedValue({ ok: false, error: { code: 'STAFF.FACTOR_INVALID', message: '验证码不正确' } });
    const { container } = render(<StaffFactorPage />);
    await waitFor(() => expect(container.querySelector('.staff-factor__start')).not.toBeNull());
    await click(container, '.staff-factor__start');
    act(() => {
      container
        .querySelector('.staff-factor__code')
        ?.dispatchEvent(new CustomEvent('input', { detail: { value: '000000' }, bubbles: true }));
    });
    await click(container, '.staff-factor__confirm');
    await waitFor(() => expect(container.querySelector('.staff-factor__error')?.textContent).toBe('验证码不正确'));
    expect(container.querySelector('.staff-factor__secret')).not.toBeNull();
  });

  it('tells someone without a staff role that there is nothing to set up', async () => {
    api.status.mockResolvedValue({
      ok: true,
      data: { staff: false, enrolled: false, verified: false, stepUpUntil: null },
    });
    const { container } = render(<StaffFactorPage />);
    await waitFor(() => expect(container.querySelector('.staff-factor__not-staff')?.textContent).toBe(tf.notStaff));
    expect(container.querySelector('.staff-factor__start')).toBeNull();
  });
});
