import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { MatterSummary } from '../../../../cloudfunctions/lib/contract/requests';
import { requestsApi } from '../../../../src/features/requests/requests-api';
import CatalogPage from '../../../../src/packages/services/pages/catalog/index';

jest.mock('../../../../src/features/requests/requests-api', () => ({ requestsApi: { catalog: jest.fn() } }));
// The page's query: `?q=` when home's search opened it.
let mockQuery: Record<string, string> = {};
jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  navigate: jest.fn(),
  usePageQuery: () => mockQuery,
}));

const matter = (code: string, name: string, department: string): MatterSummary => ({
  code,
  name,
  department,
  category: 'certificate',
  applicants: ['person'],
  offlineDelivery: false,
  promisedWorkingDays: 3,
});

const CATALOG = [
  matter('archive-copy', '企业登记档案查询复制', '商事登记科'),
  matter('name-check', '企业名称自主申报', '商事登记科'),
  matter('subsidy-rent', '办公用房租金补贴', '产业发展科'),
];

async function open(query: Record<string, string>) {
  mockQuery = query;
  jest.mocked(requestsApi.catalog).mockResolvedValue({ ok: true, data: CATALOG });
  const view = render(<CatalogPage />);
  await act(async () => {
    await Promise.resolve();
  });
  return view;
}

/** Taro's inner <input>, drawn when its custom element has rendered. */
const searchBox = (container: HTMLElement) =>
  waitFor(() => {
    const input = container.querySelector<HTMLInputElement>('.catalog__search input');
    if (!input) throw new Error('no search box yet');
    return input;
  });

const shown = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.catalog__matter-name')).map((el) => el.textContent);

describe('catalog search', () => {
  it("opens filtered by home's query, in the search box, and lists everything without one", async () => {
    const asked = await open({ q: '档案' });
    expect(shown(asked.container)).toEqual(['企业登记档案查询复制']);
    expect((await searchBox(asked.container)).value).toBe('档案');
    asked.unmount();
    const all = await open({});
    expect(shown(all.container)).toHaveLength(3);
  });

  it('matches a department too, and every word typed', async () => {
    const { container } = await open({ q: '商事登记科 名称' });
    expect(shown(container)).toEqual(['企业名称自主申报']);
  });

  it('says nothing matched, naming the query, and follows what is typed', async () => {
    const { container } = await open({ q: '护照' });
    expect(shown(container)).toEqual([]);
    expect(container.querySelector('.catalog__empty')?.textContent).toBe('没有找到与“护照”相关的事项');
    const box = await searchBox(container);
    act(() => {
      fireEvent.input(box, {
        target: { value: '补贴' },
        detail: { value: '补贴' },
      });
    });
    expect(shown(container)).toEqual(['办公用房租金补贴']);
  });
});
