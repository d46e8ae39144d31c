import { act, render } from '@testing-library/react';
import type { StaffGrantView } from '../../../../cloudfunctions/lib/contract/enterprise';
import { staffApi } from '../../../../src/features/requests/staff-api';
import { applyLocale } from '../../../../src/i18n/locale-store';
import StaffGrantsPage from '../../../../src/packages/staff/pages/grants/index';

jest.mock('../../../../src/features/requests/staff-api', () => ({
  staffApi: { catalog: jest.fn(), grantQueue: jest.fn(), grantDetail: jest.fn() },
}));

const api = jest.mocked(staffApi);
const MATTER = {
  code: 'ARCHIVE-COPY',
  name: '企业登记档案查询复制',
  department: '商事服务局',
  translations: {
    'pt-PT': { name: 'Cópia do arquivo de registo da empresa', department: 'Direcção dos Serviços Comerciais' },
  },
};
const GRANT: StaffGrantView = {
  id: 'g1',
  enterprise: { id: 'e1', name: '横琴澳资示范有限公司', uscc: '91440400MA5XXXXX0X' },
  agentName: '李*',
  matterCodes: ['ARCHIVE-COPY'],
  validFrom: '2026-12-03',
  validUntil: '2026-12-03',
  status: 'pending',
  current: false,
  requestedAt: '2026-12-03T02:00:00.000Z',
  decidedAt: null,
  decisionComment: null,
  revokedAt: null,
  revokedBy: null,
  revokeReason: null,
  agent: { accountName: 'applicant_queue', realName: '李申请' },
  authorisation: { name: 'authorisation.pdf', url: null },
};

async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

describe('staff: agent grants waiting for a reviewer', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    api.catalog.mockResolvedValue({ ok: true, data: [MATTER] as never });
    api.grantQueue.mockResolvedValue({ ok: true, data: { items: [GRANT] } as never });
    api.grantDetail.mockResolvedValue({ ok: true, data: GRANT });
  });
  afterEach(() => act(() => applyLocale('zh-CN')));

  it('names the matters a grant covers, never by code, in the language on show', async () => {
    const { container } = render(<StaffGrantsPage />);
    await settle();
    const matters = () => container.querySelector('.staff-grants__matters')?.textContent;
    expect(matters()).toBe('企业登记档案查询复制');
    expect(container.textContent).not.toContain('ARCHIVE-COPY');
    act(() => applyLocale('pt-PT'));
    expect(matters()).toBe('Cópia do arquivo de registo da empresa');
  });
});
