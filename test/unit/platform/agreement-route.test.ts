import { agreementShowing, markAgreementShowing, openAgreement } from '../../../src/platform/agreement-route';
import { ROUTES, currentRoute, navigate, redirect } from '../../../src/platform/navigation';

// Taro's runtime does not load in Node: the routes this test needs, as navigation.ts names them.
jest.mock('../../../src/platform/navigation', () => ({
  ROUTES: { agreement: '/pages/agreement/index', home: '/pages/index/index' },
  navigate: jest.fn(),
  redirect: jest.fn(),
  currentRoute: jest.fn(() => '/pages/index/index'),
}));

const routes = () => [
  ...jest.mocked(redirect).mock.calls.map((c) => ['redirect', ...c]),
  ...jest.mocked(navigate).mock.calls.map((c) => ['navigate', ...c]),
];

describe('one way to the agreement screen', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: Date.parse('2026-12-03T10:00:00Z') });
    jest.mocked(navigate).mockClear();
    jest.mocked(redirect).mockClear();
    jest.mocked(currentRoute).mockReturnValue(ROUTES.home);
    markAgreementShowing(false);
  });
  afterEach(() => jest.useRealTimers());

  it("home's gate and a refused call at the same launch start one route, not two", () => {
    openAgreement('redirect');
    openAgreement('navigate');
    expect(routes()).toEqual([['redirect', ROUTES.agreement, undefined]]);
  });

  it('starts none while the screen shows, and one again once it has gone', () => {
    markAgreementShowing(true);
    expect(agreementShowing()).toBe(true);
    openAgreement('navigate');
    expect(routes()).toEqual([]);
    markAgreementShowing(false);
    openAgreement('navigate', { reason: 'x' });
    expect(routes()).toEqual([['navigate', ROUTES.agreement, { reason: 'x' }]]);
  });

  it('starts none when the agreement is the current route', () => {
    jest.mocked(currentRoute).mockReturnValue(ROUTES.agreement);
    openAgreement('redirect');
    expect(routes()).toEqual([]);
  });

  it('a route that never landed does not block the next one for long (3 s)', () => {
    openAgreement('navigate');
    jest.advanceTimersByTime(2_999);
    openAgreement('navigate');
    expect(routes()).toHaveLength(1);
    jest.advanceTimersByTime(1);
    openAgreement('navigate');
    expect(routes()).toHaveLength(2);
  });
});
