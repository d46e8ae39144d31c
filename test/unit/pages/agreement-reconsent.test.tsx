import { act, fireEvent, render } from '@testing-library/react';
import AgreementPage from '../../../src/pages/agreement/index';
import { consentApi } from '../../../src/features/consent/consent-api';
import { relaunch } from '../../../src/platform/navigation';
import { AGREEMENT_V1, CURRENT_POLICIES } from '../../fixtures/policies-two-versions';

jest.mock('../../../policies/generated', () => jest.requireActual('../../fixtures/policies-two-versions'));
jest.mock('../../../policies/generated/launch', () => jest.requireActual('../../fixtures/policies-two-versions'));
jest.mock('../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../src/platform/navigation'),
  relaunch: jest.fn(),
}));
// What is in force comes from the cloud; unreachable here, so the build's own versions stand.
jest.mock('../../../src/features/consent/policy-api', () => ({
  policyApi: { current: jest.fn().mockResolvedValue({ ok: false, error: { code: 'NETWORK', message: '' } }) },
}));
jest.mock('../../../src/features/consent/consent-api', () => ({ consentApi: { grant: jest.fn() } }));

function agreedTo(versions: Record<string, string>) {
  const documents = Object.entries(versions).map(([id, version]) => ({ id, version }));
  localStorage.setItem(
    'consent.accepted',
    JSON.stringify({ data: { version: 'old', acceptedAt: '2024-01-01T00:00:00.000Z', documents } }),
  );
}

describe('AgreementPage after a new version', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.mocked(consentApi.grant).mockResolvedValue({ ok: true, data: { receipts: [] } });
  });

  describe('when the new version asks for re-consent', () => {
    it('shows what changed: the summary and each changed clause', () => {
      agreedTo({ 'user-agreement': AGREEMENT_V1.version, 'privacy-policy': '2021-11-15' });
      const { container } = render(<AgreementPage />);
      const panel = container.querySelector('.policy-changes__doc--user-agreement');
      expect(panel?.textContent).toContain(CURRENT_POLICIES['user-agreement'].changeSummary);
      const clauses = Array.from(container.querySelectorAll('.policy-changes__clause')).map((c) => c.className);
      expect(clauses.map((c) => c.replace(/.*--/, ''))).toEqual(['changed', 'added', 'removed']);
      expect(container.querySelector('.policy-changes__doc--privacy-policy')).toBeNull();
      expect(container.querySelector('.agreement__cancel-account')).not.toBeNull();
    });

    it('records the new agreement as a re-consent', async () => {
      agreedTo({ 'user-agreement': AGREEMENT_V1.version, 'privacy-policy': '2021-11-15' });
      const { container } = render(<AgreementPage />);
      await act(async () => {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // the cloud's answer on what is in force
      });
      act(() => {
        fireEvent.click(container.querySelector('.agreement__tick') as Element);
      });
      await act(async () => {
        fireEvent.click(container.querySelector('.agreement__agree') as Element);
      });
      expect(consentApi.grant).toHaveBeenCalledWith(['user-agreement', 'privacy-policy'], 'reconsent');
      expect(relaunch).toHaveBeenCalled();
    });
  });

  it('shows no changes panel on a first launch', () => {
    const { container } = render(<AgreementPage />);
    expect(container.querySelector('.policy-changes')).toBeNull();
    expect(container.querySelector('.agreement__cancel-account')).toBeNull();
  });
});
