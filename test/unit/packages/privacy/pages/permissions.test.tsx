import { act, fireEvent, render, waitFor } from '@testing-library/react';
import PermissionsPage from '../../../../../src/packages/privacy/pages/permissions/index';
import { t } from '../../../../../src/i18n';
import { PERMISSION_IDS, openSettingsFor, readPermissionStates } from '../../../../../src/platform/permissions';
import { tp } from '../../../../../src/i18n/packages';

jest.mock('../../../../../src/platform/permissions', () => {
  const actual = jest.requireActual('../../../../../src/platform/permissions');
  return { ...actual, readPermissionStates: jest.fn(actual.readPermissionStates), openSettingsFor: jest.fn() };
});

const items = (container: HTMLElement) => Array.from(container.querySelectorAll('.permission-list__item'));

describe('PermissionsPage', () => {
  beforeEach(() => {
    jest.mocked(openSettingsFor).mockReset().mockResolvedValue(true);
  });

  describe('in the browser (H5), where WeChat settings do not exist', () => {
    it('lists the nine permissions with their purposes without crashing', async () => {
      const { container } = render(<PermissionsPage />);
      await waitFor(() => expect(items(container)).toHaveLength(9));
      const names = items(container).map((el) => el.querySelector('.permission-list__name')?.textContent);
      const texts = { ...tp.permissions.items, phoneCall: t.permissions.phoneCall };
      expect(names).toEqual(PERMISSION_IDS.map((id) => texts[id].name));
      const location = container.querySelector('.permission-list__item--location');
      expect(location?.textContent).toContain(tp.permissions.items.location.purpose);
      expect(location?.querySelector('.permission-list__state')?.textContent).toBe(tp.permissions.states.unknown);
      const phoneState = container.querySelector('.permission-list__item--phoneState .permission-list__state');
      expect(phoneState?.textContent).toBe(tp.permissions.states['app-only']);
    });
  });

  describe('when a permission was refused', () => {
    it('shows it as refused and opens the settings page from a tap', async () => {
      jest
        .mocked(readPermissionStates)
        .mockResolvedValue(
          PERMISSION_IDS.map((id) =>
            id === 'location'
              ? { id, state: 'denied', target: 'mini-program' }
              : { id, state: 'ask-on-use', target: null },
          ),
        );
      const { container } = render(<PermissionsPage />);
      await waitFor(() => expect(items(container)).toHaveLength(9));
      const location = container.querySelector('.permission-list__item--location') as Element;
      expect(location.querySelector('.permission-list__state')?.textContent).toBe(tp.permissions.states.denied);
      expect(container.querySelectorAll('.permission-list__manage')).toHaveLength(1);
      await act(async () => {
        fireEvent.click(location.querySelector('.permission-list__manage') as Element);
      });
      expect(openSettingsFor).toHaveBeenCalledWith('mini-program');
    });
  });
});
