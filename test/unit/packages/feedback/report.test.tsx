import { act, fireEvent, render } from '@testing-library/react';
import { staffFeedbackApi } from '../../../../src/features/feedback/staff-feedback-api';
import ReportPage from '../../../../src/packages/feedback/pages/report/index';
import { pageQuery } from '../../../../src/platform/navigation';
import { type } from '../../../support/ui-events';

jest.mock('../../../../src/features/feedback/staff-feedback-api', () => ({ staffFeedbackApi: { report: jest.fn() } }));
jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  pageQuery: jest.fn(),
}));

const submitDisabled = (container: HTMLElement) =>
  container.querySelector('.report__submit')?.className.includes('disabled') ||
  container.querySelector('.report__submit')?.hasAttribute('disabled');

describe('ReportPage: 我的账号被盗 for someone who cannot sign in', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    jest.mocked(pageQuery).mockReturnValue({ stolen: '1' });
  });

  it('asks only the account name and a contact, and sends a compromised account report', async () => {
    jest.mocked(staffFeedbackApi.report).mockResolvedValue({ ok: true, data: { id: 'r1' } });
    const { container } = render(<ReportPage />);
    expect(container.querySelector('.report__stolen.svc__choice--on')?.textContent).toBe('我的账号被盗');
    expect(container.querySelector('.report__reason')).toBeNull();
    type(container, '.report__target', 'chan_tai_man');
    expect(submitDisabled(container)).toBe(true);
    type(container, '.report__contact', ' +853 6612 3456 ');
    await act(async () => {
      fireEvent.click(container.querySelector('.report__submit') as Element);
    });
    expect(staffFeedbackApi.report).toHaveBeenCalledWith({
      kind: 'account',
      target: 'chan_tai_man',
      reason: 'compromised',
      contact: '+853 6612 3456',
    });
    expect(container.querySelector('.report__sent')?.textContent).toContain('联系方式');
  });

  it('goes back to the ordinary report form, without a contact field, when the choice is turned off', () => {
    const { container } = render(<ReportPage />);
    fireEvent.click(container.querySelector('.report__stolen') as Element);
    expect(container.querySelector('.report__contact')).toBeNull();
    expect(container.querySelectorAll('.report__reason').length).toBeGreaterThan(0);
  });
});
