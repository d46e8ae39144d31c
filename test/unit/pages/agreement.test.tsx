import { act, fireEvent, render } from '@testing-library/react';
import AgreementPage from '../../../src/pages/agreement/index';
import { CURRENT_POLICIES } from '../../../policies/generated';
import { ROUTES, relaunch } from '../../../src/platform/navigation';

// Routing needs a running app; the e2e stories cover it. Here we only record where the page goes.
jest.mock('../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../src/platform/navigation'),
  relaunch: jest.fn(),
}));

/** Taro's H5 button reflects `disabled` as the attribute "true" / "false". */
function isDisabled(element: Element | null): boolean {
  const value = element?.getAttribute('disabled');
  return value === '' || value === 'true';
}

function renderPage() {
  const view = render(<AgreementPage />);
  const q = (selector: string) => view.container.querySelector(selector);
  return { ...view, q };
}

describe('AgreementPage', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.mocked(relaunch).mockClear();
  });

  it('shows the user agreement first, with its version and effective date', () => {
    const { q, container } = renderPage();
    const agreement = CURRENT_POLICIES['user-agreement'];
    expect(q('.agreement__tab--active')?.textContent).toBe(agreement.title);
    expect(q('.agreement__version')?.textContent).toContain(agreement.version);
    expect(q('.agreement__version')?.textContent).toContain(agreement.effectiveDate);
    const headings = Array.from(container.querySelectorAll('.policy-view__h2')).map((h) => h.textContent);
    expect(headings).toEqual(agreement.toc.filter((entry) => headings.includes(entry.text)).map((e) => e.text));
    expect(headings.length).toBeGreaterThan(5);
  });

  it('keeps the emphasised clauses bold', () => {
    const { container } = renderPage();
    const bold = container.querySelectorAll('.policy-view__bold');
    expect(bold.length).toBeGreaterThan(0);
    const expected = CURRENT_POLICIES['user-agreement'].blocks.flatMap((b) =>
      b.kind === 'heading' ? [] : b.spans.filter((s) => s.bold).map((s) => s.text),
    );
    expect(Array.from(bold).map((b) => b.textContent)).toEqual(expected);
  });

  it('switches to the privacy policy', () => {
    const { q, getByText } = renderPage();
    const policy = CURRENT_POLICIES['privacy-policy'];
    act(() => {
      fireEvent.click(getByText(policy.title, { selector: '.agreement__tab' }));
    });
    expect(q('.agreement__tab--active')?.textContent).toBe(policy.title);
    expect(q('.policy-view__h1')?.textContent).toBe(policy.blocks.find((b) => b.kind === 'heading')?.text);
  });

  it('lists the table of contents on demand', () => {
    const { q, container } = renderPage();
    expect(q('.policy-toc')).toBeNull();
    act(() => {
      fireEvent.click(q('.agreement__toc-toggle') as Element);
    });
    const items = Array.from(container.querySelectorAll('.policy-toc__item')).map((i) => i.textContent);
    expect(items).toEqual(CURRENT_POLICIES['user-agreement'].toc.map((entry) => entry.text));
  });

  describe('when the box is not ticked', () => {
    it('does not let the person agree', () => {
      const { q } = renderPage();
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
    it('enables agree and records the exact versions agreed to', () => {
      const { q } = renderPage();
      act(() => {
        fireEvent.click(q('.agreement__tick') as Element);
      });
      const agree = q('.agreement__agree');
      expect(q('.agreement__tick')?.getAttribute('aria-checked')).toBe('true');
      expect(isDisabled(agree)).toBe(false);
      act(() => {
        fireEvent.click(agree as Element);
      });
      const stored = localStorage.getItem('consent.accepted') ?? '';
      expect(stored).toContain(`user-agreement@${CURRENT_POLICIES['user-agreement'].version}`);
      expect(stored).toContain(`privacy-policy@${CURRENT_POLICIES['privacy-policy'].version}`);
      expect(relaunch).toHaveBeenCalledWith(ROUTES.home);
    });
  });

  it('records a refusal without recording consent', () => {
    const { q } = renderPage();
    act(() => {
      fireEvent.click(q('.agreement__disagree') as Element);
    });
    expect(localStorage.getItem('consent.declined')).not.toBeNull();
    expect(localStorage.getItem('consent.accepted')).toBeNull();
    expect(relaunch).toHaveBeenCalledWith(ROUTES.home);
  });
});
