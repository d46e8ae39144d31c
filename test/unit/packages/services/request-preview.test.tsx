import { act, fireEvent, render } from '@testing-library/react';
import type { RequestView, StaffRequestView } from '../../../../cloudfunctions/lib/contract/requests';
import { requestsApi } from '../../../../src/features/requests/requests-api';
import { staffApi } from '../../../../src/features/requests/staff-api';
import { applyLocale } from '../../../../src/i18n/locale-store';
import RequestDetailPage from '../../../../src/packages/services/pages/request/index';
import StaffRequestPage from '../../../../src/packages/staff/pages/request/index';
import { MATTER } from '../../features/requests/matter-fixture';

jest.mock('../../../../src/features/requests/requests-api', () => ({
  requestsApi: { detail: jest.fn(), matter: jest.fn() },
}));
jest.mock('../../../../src/features/requests/staff-api', () => ({
  staffApi: { detail: jest.fn(), matter: jest.fn() },
}));
jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  pageQuery: () => ({ id: 'req-1' }),
}));
// Page lifecycle hooks need Taro's app runtime: here a show is the first mount.
jest.mock('@tarojs/taro', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...jest.requireActual('@tarojs/taro'),
    useDidShow: (show: () => void) => useEffect(() => show(), []),
  };
});

const material = (uploadId: string, code: string, name: string, url: string | null) => ({
  materialCode: code,
  materialName: name,
  uploadId,
  name: `${uploadId}.jpg`,
  size: 1,
  kind: 'jpeg' as const,
  round: 0,
  url,
});

const REQUEST: RequestView = {
  id: 'req-1',
  number: 'QYB-20261129-7K3F9Q',
  matterCode: MATTER.code,
  matterName: MATTER.name,
  matterNames: { en: 'Test matter' },
  status: 'submitted',
  asEnterprise: null,
  submittedAt: '2026-11-29T02:00:00.000Z',
  updatedAt: '2026-11-29T02:00:00.000Z',
  promisedDate: null,
  version: 1,
  matter: { code: MATTER.code, name: MATTER.name, department: MATTER.department, promisedWorkingDays: 3 },
  translations: { en: { name: 'Test matter', materials: { photo: { name: 'Photo on site' } } } },
  applicantKind: 'person',
  form: {},
  fields: [],
  materials: [
    material('up-1', 'photo', '现场照片', 'https://files.example/1.jpg'),
    material('up-2', 'photo', '现场照片', 'https://files.example/2.jpg'),
    material('up-3', 'extra', '其他材料', null),
  ],
  delivery: {
    method: 'pickup',
    contact: '张三',
    mobile: { countryCode: '+86', number: '138****0000' },
    region: null,
    address: null,
    trackingNumber: null,
  },
  acceptedAt: null,
  decidedAt: null,
  supplementRequest: null,
  result: null,
  timeline: [],
};

const STAFF_REQUEST: StaffRequestView = {
  ...REQUEST,
  applicant: { accountName: 'alice', realName: '张三', mobile: { countryCode: '+86', number: '13800000000' } },
  assignee: null,
  actors: {},
};

async function shown(page: JSX.Element) {
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(page);
  });
  return (view as ReturnType<typeof render>).container;
}

async function view(container: HTMLElement, selector: string, index: number) {
  await act(async () => {
    fireEvent.click(container.querySelectorAll(selector)[index] as Element);
    await Promise.resolve();
  });
}

afterEach(() => act(() => applyLocale('zh-CN')));

describe.each([
  ['the person’s request page', 'request', () => <RequestDetailPage />],
  ['the staff request page', 'staff-request', () => <StaffRequestPage />],
])('查看 a material on %s', (_name, prefix, page) => {
  beforeEach(() => {
    jest.mocked(requestsApi.detail).mockResolvedValue({ ok: true, data: REQUEST });
    jest.mocked(staffApi.detail).mockResolvedValue({ ok: true, data: STAFF_REQUEST });
    jest.mocked(staffApi.matter).mockResolvedValue({ ok: true, data: MATTER });
  });

  it('offers 查看 only for a file with a link, and names the file shown by its material', async () => {
    const container = await shown(page());
    expect(container.querySelectorAll(`.${prefix}__view`)).toHaveLength(2);
    await view(container, `.${prefix}__view`, 1);
    const preview = container.querySelector(`.${prefix}__preview`);
    expect(preview?.getAttribute('aria-label')).toBe('现场照片 · 第 2 份');
    expect(preview?.querySelector('.file-preview__image')?.getAttribute('src')).toBe('https://files.example/2.jpg');
  });

  it('renames the file shown when the language is switched in place', async () => {
    const container = await shown(page());
    await view(container, `.${prefix}__view`, 0);
    act(() => applyLocale('en'));
    const title = container.querySelector(`.${prefix}__preview .file-preview__title`)?.textContent;
    expect(title).toContain('Photo on site');
    expect(title).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
