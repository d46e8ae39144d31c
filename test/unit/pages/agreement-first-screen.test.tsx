import { act, fireEvent, render } from '@testing-library/react';
import { CURRENT_POLICIES } from '../../../policies/generated';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import type { CurrentPoliciesOutput, PolicySummary } from '../../../cloudfunctions/lib/contract/policy';
import AgreementPage from '../../../src/pages/agreement/index';
import { policyApi } from '../../../src/features/consent/policy-api';

// What the cloud says is in force arrives when this test says so.
jest.mock('../../../src/features/consent/policy-api', () => ({ policyApi: { current: jest.fn() } }));
jest.mock('../../../src/features/consent/consent-api', () => ({ consentApi: { grant: jest.fn() } }));

/** Taro's H5 button reflects `disabled` as the attribute "true" / "false". */
const isDisabled = (element: Element | null) => ['', 'true'].includes(element?.getAttribute('disabled') ?? 'false');

function cloudAnswersLater() {
  let answer: (r: Result<CurrentPoliciesOutput>) => void = () => undefined;
  jest.mocked(policyApi.current).mockReturnValue(new Promise((resolve) => (answer = resolve)));
  const inForce = (['user-agreement', 'privacy-policy'] as const).map((id): PolicySummary => {
    const { title, version, sha256, effectiveDate } = CURRENT_POLICIES[id];
    return { id, title, version, sha256, effectiveDate, changeSummary: '', reconsentRequired: false };
  });
  return () => answer({ ok: true, data: { policies: inForce } });
}

describe('the agreement on its first screen', () => {
  beforeEach(() => localStorage.clear());

  it('shows the bundled text at once but enables Agree only when the cloud confirms the version in force', async () => {
    const confirm = cloudAnswersLater();
    const { container } = render(<AgreementPage />);
    const agree = () => container.querySelector('.agreement__agree');
    act(() => {
      fireEvent.click(container.querySelector('.agreement__tick') as Element);
    });
    expect(container.querySelector('.policy-view__h1')?.textContent).toBe(
      CURRENT_POLICIES['user-agreement'].blocks.find((b) => b.kind === 'heading')?.text,
    );
    expect(isDisabled(agree())).toBe(true);
    await act(async () => {
      confirm();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(isDisabled(agree())).toBe(false);
  });

  it('paints the opening of the document first and the rest after that paint', async () => {
    cloudAnswersLater();
    const { container } = render(<AgreementPage />);
    const blocks = () => container.querySelector('.policy-view')?.children.length ?? 0;
    const all = CURRENT_POLICIES['user-agreement'].blocks.length;
    const first = blocks();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(all);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(blocks()).toBe(all);
  });
});
