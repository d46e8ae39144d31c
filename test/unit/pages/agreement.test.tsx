import { act, fireEvent, render } from '@testing-library/react';
import AgreementPage from '../../../src/pages/agreement/index';
import { CURRENT_POLICIES } from '../../../policies/generated';
import { ROUTES, relaunch } from '../../../src/platform/navigation';
import { consentApi } from '../../../src/features/consent/consent-api';

// Routing needs a running app; the e2e stories cover it. Here we only record where the page goes.
jest.mock('../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../src/platform/navigation'),
  relaunch: jest.fn(),
}));

// The ledger itself is tested through the real SDK (test/integration/consent); here, what the page sends.
// What is in force comes from the cloud; unreachable here, so the build's own versions stand.
jest.mock('../../../src/features/consent/policy-api', () => ({
  policyApi: { current: jest.fn().mockResolvedValue({ ok: false, error: { code: 'NETWORK', message: '' } }) },
}));
jest.mock('../../../src/features/consent/consent-api', () => ({
  consentApi: { grant: jest.fn() },
}));
const grant = jest.mocked(consentApi.grant);

/** Taro's H5 button reflects `disabled` as the attribute "true" / "false". */
function isDisabled(element: Element | null): boolean {
  const value = element?.getAttribute('disabled');
  return value === '' || value === 'true';
}

/**
 * Renders the page and lets its start settle: the cloud's answer on what is in force, and the whole
 * text, which follows the first screen a batch per painted frame.
 */
async function renderPage() {
  const view = render(<AgreementPage />);
  const all = CURRENT_POLICIES['user-agreement'].blocks.length;
  for (let frame = 0; frame < 50; frame += 1) {
    await act(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    });
    if ((view.container.querySelector('.policy-view')?.children.length ?? 0) >= all) break;
  }
  const q = (selector: string) => view.container.querySelector(selector);
  return { ...view, q };
}

describe('AgreementPage', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.mocked(relaunch).mockClear();
    grant.mockReset();
    grant.mockResolvedValue({ ok: true, data: { receipts: [] } });
  });

  it('shows the user agreement first, with its version and effective date', async () => {
    const { q, container } = await renderPage();
    const agreement = CURRENT_POLICIES['user-agreement'];
    expect(q('.agreement__tab--active')?.textContent).toBe(agreement.title);
    expect(q('.agreement__version')?.textContent).toContain(agreement.version);
    expect(q('.agreement__version')?.textContent).toContain(agreement.effectiveDate);
    const headings = Array.from(container.querySelectorAll('.policy-view__h2')).map((h) => h.textContent);
    expect(headings).toEqual(agreement.toc.filter((entry) => headings.includes(entry.text)).map((e) => e.text));
    expect(headings.length).toBeGreaterThan(5);
  });

  it('keeps the emphasised clauses bold', async () => {
    const { container } = await renderPage();
    const bold = container.querySelectorAll('.policy-view__bold');
    expect(bold.length).toBeGreaterThan(0);
    const expected = CURRENT_POLICIES['user-agreement'].blocks.flatMap((b) =>
      b.kind === 'heading' ? [] : b.spans.filter((s) => s.bold).map((s) => s.text),
    );
    expect(Array.from(bold).map((b) => b.textContent)).toEqual(expected);
  });

  it('switches to the privacy policy', async () => {
    const { q, getByText } = await renderPage();
    const policy = CURRENT_POLICIES['privacy-policy'];
    act(() => {
      fireEvent.click(getByText(policy.title, { selector: '.agreement__tab' }));
    });
    expect(q('.agreement__tab--active')?.textContent).toBe(policy.title);
    expect(q('.policy-view__h1')?.textContent).toBe(policy.blocks.find((b) => b.kind === 'heading')?.text);
  });

  it('lists the table of contents on demand', async () => {
    const { q, container } = await renderPage();
    expect(q('.policy-toc')).toBeNull();
    act(() => {
      fireEvent.click(q('.agreement__toc-toggle') as Element);
    });
    const items = Array.from(container.querySelectorAll('.policy-toc__item')).map((i) => i.textContent);
    expect(items).toEqual(CURRENT_POLICIES['user-agreement'].toc.map((entry) => entry.text));
  });

  describe('when the box is not ticked', () => {
    it('does not let the person agree', async () => {
      const { q } = await renderPage();
      const agree = q('.agreement__agree');
      expect(isDisabled(agree)).toBe(true);
      act(() => {
        fireEvent.click(agree as Element);
      });
      expect(localStorage.getItem('consent.accepted')).toBeNull();
      expect(relaunch).not.toHaveBeenCalled();
    });
  });

  describe('when the box is ticked', () => {
    function tickAndAgree(q: (selector: string) => Element | null) {
      act(() => {
        fireEvent.click(q('.agreement__tick') as Element);
      });
      return act(async () => {
        fireEvent.click(q('.agreement__agree') as Element);
      });
    }

    it("enables agree, which is also WeChat's privacy authorization button", async () => {
      const { q } = await renderPage();
      act(() => {
        fireEvent.click(q('.agreement__tick') as Element);
      });
      expect(q('.agreement__tick')?.getAttribute('aria-checked')).toBe('true');
      expect(isDisabled(q('.agreement__agree'))).toBe(false);
      expect(q('#agreement-agree')).toBe(q('.agreement__agree'));
    });

    it('records the exact versions and hashes in the cloud ledger, then caches them', async () => {
      const { q } = await renderPage();
      await tickAndAgree(q);
      expect(grant).toHaveBeenCalledWith(['user-agreement', 'privacy-policy'], 'launch-gate');
      const stored = localStorage.getItem('consent.accepted') ?? '';
      expect(stored).toContain(`user-agreement@${CURRENT_POLICIES['user-agreement'].version}`);
      expect(stored).toContain(`privacy-policy@${CURRENT_POLICIES['privacy-policy'].version}`);
      expect(relaunch).toHaveBeenCalledWith(ROUTES.home);
    });

    describe('when the cloud does not record it', () => {
      it('says why, stays on the screen and caches nothing', async () => {
        grant.mockResolvedValue({ ok: false, error: { code: 'NETWORK', message: '网络异常，请稍后重试' } });
        const { q } = await renderPage();
        await tickAndAgree(q);
        expect(q('.agreement__error')?.textContent).toBe('网络异常，请稍后重试');
        expect(localStorage.getItem('consent.accepted')).toBeNull();
        expect(relaunch).not.toHaveBeenCalled();
      });
    });
  });

  it('records a refusal without recording consent', async () => {
    const { q } = await renderPage();
    await act(async () => {
      fireEvent.click(q('.agreement__disagree') as Element);
    });
    expect(localStorage.getItem('consent.declined')).not.toBeNull();
    expect(localStorage.getItem('consent.accepted')).toBeNull();
    expect(grant).not.toHaveBeenCalled();
    expect(relaunch).toHaveBeenCalledWith(ROUTES.home);
  });
});
