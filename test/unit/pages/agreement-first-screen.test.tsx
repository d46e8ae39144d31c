import { act, fireEvent, render } from '@testing-library/react';
import { CURRENT_POLICIES } from '../../../policies/generated';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import type { CurrentPoliciesOutput, PolicySummary } from '../../../cloudfunctions/lib/contract/policy';
import AgreementPage from '../../../src/pages/agreement/index';
import { policyApi } from '../../../src/features/consent/policy-api';
import { consentApi } from '../../../src/features/consent/consent-api';

// Routing needs a running app (the e2e stories cover it).
jest.mock('../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../src/platform/navigation'),
  relaunch: jest.fn(),
}));
// What the cloud says is in force arrives when this test says so.
jest.mock('../../../src/features/consent/policy-api', () => ({ policyApi: { current: jest.fn() } }));
jest.mock('../../../src/features/consent/consent-api', () => ({ consentApi: { grant: jest.fn() } }));

const grant = jest.mocked(consentApi.grant);

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
  beforeEach(() => {
    localStorage.clear();
    grant.mockReset();
    grant.mockResolvedValue({ ok: true, data: { receipts: [] } });
  });

  it('shows the bundled text at once, and a tap on Agree grants only after the cloud confirms the version in force', async () => {
    const confirm = cloudAnswersLater();
    const { container } = render(<AgreementPage />);
    expect(container.querySelector('.policy-view__h1')?.textContent).toBe(
      CURRENT_POLICIES['user-agreement'].blocks.find((b) => b.kind === 'heading')?.text,
    );
    act(() => {
      fireEvent.click(container.querySelector('.agreement__tick') as Element);
    });
    await act(async () => {
      fireEvent.click(container.querySelector('.agreement__agree') as Element);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    });
    expect(grant).not.toHaveBeenCalled();
    await act(async () => {
      confirm();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    });
    expect(grant).toHaveBeenCalledWith(['user-agreement', 'privacy-policy'], 'launch-gate');
  });

  it('paints the opening of the document first and the rest a batch per painted frame, never all at once', async () => {
    cloudAnswersLater();
    const { container } = render(<AgreementPage />);
    const blocks = () => container.querySelector('.policy-view')?.children.length ?? 0;
    const all = CURRENT_POLICIES['user-agreement'].blocks.length;
    const nextFrame = () =>
      act(async () => {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      });
    const counts = [blocks()];
    while (counts[counts.length - 1]! < all && counts.length < 50) {
      await nextFrame();
      counts.push(blocks());
    }
    expect(counts[0]).toBeGreaterThan(0);
    // Several frames, each adding some blocks, until the whole document is there.
    expect(counts.length).toBeGreaterThan(2);
    counts.slice(1).forEach((count, i) => expect(count).toBeGreaterThan(counts[i]!));
    expect(counts[counts.length - 1]).toBe(all);
  });
});
