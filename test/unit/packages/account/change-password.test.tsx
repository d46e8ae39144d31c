import { render } from '@testing-library/react';
import ChangePasswordPage from '../../../../src/packages/account/pages/change-password/index';
import { tp } from '../../../../src/i18n/packages';
import { type } from '../../../support/ui-events';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  usePageQuery: () => ({ name: 'chan_tai_man' }),
  relaunch: jest.fn(),
}));
jest.mock('../../../../src/features/account/account-api', () => ({ accountApi: { changePassword: jest.fn() } }));

/** Taro's H5 input reports what was typed as a custom event with `detail.value`. */
const reason = (container: HTMLElement) => container.querySelector('.app-button__reason')?.textContent ?? null;
const save = (container: HTMLElement) => container.querySelector('.change-password__submit') as HTMLElement;

describe('ChangePasswordPage', () => {
  it('never disables 保存 silently: it says what is missing, then the mismatch, then nothing', async () => {
    const { container } = render(<ChangePasswordPage />);
    const blocked = tp.account.changePasswordBlocked;
    expect(reason(container)).toBe(blocked.current);

    type(container, '.change-password__current', 'Hengqin-2026');
    type(container, '.change-password__new', 'Zhuhai-Macao-2027');
    type(container, '.change-password__confirm', 'Zhuhai-Macao-2028');
    expect(reason(container)).toBe(blocked.mismatch);
    expect(save(container).hasAttribute('disabled')).toBe(true);

    type(container, '.change-password__confirm', 'Zhuhai-Macao-2027');
    expect(reason(container)).toBeNull();
    expect(save(container).hasAttribute('disabled')).toBe(false);
  });
});
