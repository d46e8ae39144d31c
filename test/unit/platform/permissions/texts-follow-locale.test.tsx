import { act, renderHook } from '@testing-library/react';
import { applyLocale } from '../../../../src/i18n/locale-store';
import { enPackages } from '../../../../src/i18n/en-packages';
import { zhCNPackages } from '../../../../src/i18n/zh-CN-packages';
import { PERMISSIONS } from '../../../../src/platform/permissions/catalog';
import { usePermissionStates } from '../../../../src/features/permissions/use-permission-states';

describe('permission texts after a language switch in place', () => {
  afterEach(() => applyLocale('zh-CN'));

  it('the catalog entries read the current language, not the one the app started in', () => {
    applyLocale('zh-CN');
    expect(PERMISSIONS.location.name).toBe(zhCNPackages.permissions.items.location.name);
    applyLocale('en');
    expect(PERMISSIONS.location.name).toBe(enPackages.permissions.items.location.name);
    expect(PERMISSIONS.camera.refusal).toBe(enPackages.permissions.items.camera.refusal);
    expect(PERMISSIONS.location.name).not.toBe(zhCNPackages.permissions.items.location.name);
  });

  it('the permissions page rows render again in the new language', async () => {
    applyLocale('zh-CN');
    const { result } = renderHook(() => usePermissionStates());
    await act(async () => {
      for (let i = 0; i < 5; i++) await Promise.resolve();
    });
    const location = () => result.current.rows.find((r) => r.id === 'location');
    expect(location()?.name).toBe(zhCNPackages.permissions.items.location.name);
    act(() => applyLocale('en'));
    expect(location()?.name).toBe(enPackages.permissions.items.location.name);
    expect(location()?.purpose).toBe(enPackages.permissions.items.location.purpose);
  });
});
