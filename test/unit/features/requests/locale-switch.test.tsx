import { act, renderHook } from '@testing-library/react';
import { useCatalog, useMatter } from '../../../../src/features/requests/use-catalog';
import { requestsApi } from '../../../../src/features/requests/requests-api';
import { applyLocale } from '../../../../src/i18n/locale-store';
import { usePageTitle } from '../../../../src/platform/page-title';
import { MATTER } from './matter-fixture';

jest.mock('../../../../src/features/requests/requests-api', () => ({
  requestsApi: { catalog: jest.fn(), matter: jest.fn() },
}));

const translated = {
  ...MATTER,
  translations: {
    en: { name: 'Test matter', department: 'Registry', materials: { photo: { name: 'Photo on site' } } },
  },
};

async function settle() {
  await act(async () => {
    for (let i = 0; i < 3; i++) await Promise.resolve();
  });
}

/** A hook as a page uses it: the page watches the locale through usePageTitle. */
function onPage<T>(hook: () => T) {
  return renderHook(() => {
    usePageTitle('测试');
    return hook();
  });
}

describe('the service catalog after a language switch in place', () => {
  beforeEach(() => {
    jest.mocked(requestsApi.catalog).mockResolvedValue({ ok: true, data: [translated] });
    jest.mocked(requestsApi.matter).mockResolvedValue({ ok: true, data: translated });
  });
  afterEach(() => act(() => applyLocale('zh-CN')));

  it('names the matters in the new language without asking the cloud again', async () => {
    const { result } = onPage(() => useCatalog());
    await settle();
    expect(result.current.groups?.[0]?.matters[0]?.name).toBe(MATTER.name);
    act(() => applyLocale('en'));
    expect(result.current.groups?.[0]).toMatchObject({ department: 'Registry' });
    expect(result.current.groups?.[0]?.matters[0]?.name).toBe('Test matter');
    expect(requestsApi.catalog).toHaveBeenCalledTimes(1);
  });

  it('shows a matter’s materials in the new language', async () => {
    const { result } = onPage(() => useMatter(MATTER.code));
    await settle();
    expect(result.current.matter?.materials[0]?.name).toBe('现场照片');
    act(() => applyLocale('en'));
    expect(result.current.matter?.materials[0]?.name).toBe('Photo on site');
  });
});
