import { act, fireEvent, render } from '@testing-library/react';
import AgreementPage from '../../../src/pages/agreement/index';
import { consentApi } from '../../../src/features/consent/consent-api';
import { documentInEffect } from '../../../src/features/consent/in-effect';
import { policyApi } from '../../../src/features/consent/policy-api';
import { confirm } from '../../../src/platform/dialog';
import { ROUTES, redirect, relaunch } from '../../../src/platform/navigation';
import { AGREEMENT_V1, CURRENT_POLICIES as V2_IN_FORCE } from '../../fixtures/policies-two-versions';

// The build ships both agreement versions but its own current one is the first: the second is in
// force only because the cloud says it was published.
jest.mock('../../../policies/generated', () => {
  const two = jest.requireActual('../../fixtures/policies-two-versions');
  return { ...two, CURRENT_POLICIES: { ...two.CURRENT_POLICIES, 'user-agreement': two.AGREEMENT_V1 } };
});
jest.mock('../../../policies/generated/launch', () => {
  const two = jest.requireActual('../../fixtures/policies-two-versions');
  return { ...two, CURRENT_LAUNCH_POLICIES: { ...two.CURRENT_LAUNCH_POLICIES, 'user-agreement': two.AGREEMENT_V1 } };
});
jest.mock('../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../src/platform/navigation'),
  relaunch: jest.fn(),
  redirect: jest.fn(),
}));
jest.mock('../../../src/platform/dialog', () => ({ confirm: jest.fn(), toast: jest.fn() }));
jest.mock('../../../src/features/consent/consent-api', () => ({ consentApi: { grant: jest.fn(), status: jest.fn() } }));
jest.mock('../../../src/features/consent/policy-api', () => ({ policyApi: { current: jest.fn() } }));

const V2 = V2_IN_FORCE['user-agreement'];
const POLICY = V2_IN_FORCE['privacy-policy'];
const summary = (doc: typeof V2, effectiveDate = doc.effectiveDate) => {
  const { id, title, version, sha256, changeSummary, reconsentRequired } = doc;
  return { id, title, version, effectiveDate, sha256, changeSummary, reconsentRequired };
};

function agreedToFirstVersions() {
  const documents = [
    { id: 'user-agreement', version: AGREEMENT_V1.version },
    { id: 'privacy-policy', version: POLICY.version },
  ];
  localStorage.setItem('consent.accepted', JSON.stringify({ data: { version: '', acceptedAt: '', documents } }));
}

/** Renders, lets the first screen paint (the cloud is asked after it), then takes the cloud's answer. */
async function renderSynced() {
  const view = render(<AgreementPage />);
  await act(async () => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  });
  await act(async () => {});
  return view;
}

describe('AgreementPage when the cloud has put a new version in force', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.mocked(policyApi.current).mockResolvedValue({
      ok: true,
      data: { policies: [summary(V2, '2026-11-30'), summary(POLICY)] },
    });
    jest.mocked(consentApi.grant).mockResolvedValue({ ok: true, data: { receipts: [] } });
    jest.mocked(relaunch).mockClear();
    jest.mocked(redirect).mockClear();
  });

  it('shows the published version with its effective date, and what changed since the one agreed to', async () => {
    agreedToFirstVersions();
    const { container } = await renderSynced();
    expect(documentInEffect('user-agreement')).toMatchObject({ version: V2.version, effectiveDate: '2026-11-30' });
    expect(container.querySelector('.agreement__version')?.textContent).toContain(V2.version);
    expect(container.querySelector('.agreement__version')?.textContent).toContain('2026年11月30日');
    const panel = container.querySelector('.policy-changes__doc--user-agreement');
    expect(panel?.textContent).toContain(V2.changeSummary);
    expect(container.querySelectorAll('.policy-changes__clause').length).toBeGreaterThan(0);
  });

  it('records agreeing again as a re-consent', async () => {
    agreedToFirstVersions();
    const { container } = await renderSynced();
    act(() => {
      fireEvent.click(container.querySelector('.agreement__tick') as Element);
    });
    await act(async () => {
      fireEvent.click(container.querySelector('.agreement__agree') as Element);
    });
    expect(consentApi.grant).toHaveBeenCalledWith(['user-agreement', 'privacy-policy'], 'reconsent');
    expect(relaunch).toHaveBeenCalledWith(ROUTES.home);
  });

  it.each([
    [true, 'goes to account cancellation', () => expect(redirect).toHaveBeenCalledWith(ROUTES.accountProfile)],
    [false, 'stays a guest at home', () => expect(relaunch).toHaveBeenCalledWith(ROUTES.home)],
  ])('on refusal offers cancellation; choosing %s %s', async (cancel, _label, expectRoute) => {
    agreedToFirstVersions();
    jest.mocked(confirm).mockResolvedValue(cancel);
    const { container } = await renderSynced();
    await act(async () => {
      fireEvent.click(container.querySelector('.agreement__disagree') as Element);
    });
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '注销账号' }));
    expectRoute();
    expect(localStorage.getItem('consent.accepted')).toBeNull();
    expect(localStorage.getItem('consent.declined')).not.toBeNull();
  });

  describe('a choice made before the cloud has answered', () => {
    /** The page painted with the bundled versions; the cloud's answer is held until `answer` runs. */
    async function renderAnswerHeld() {
      let answer = () => {};
      const held = new Promise<void>((r) => (answer = r));
      const reply = await policyApi.current();
      jest.mocked(policyApi.current).mockImplementation(() => held.then(() => reply));
      agreedToFirstVersions();
      const view = await renderSynced();
      // Before the answer the page still reads as someone who agreed: no changes to show.
      expect(view.container.querySelector('.policy-changes')).toBeNull();
      return { ...view, answer };
    }

    it('refusing still offers to close the account once the cloud says a new version is in force', async () => {
      jest.mocked(confirm).mockClear().mockResolvedValue(true);
      const { container, answer } = await renderAnswerHeld();
      act(() => {
        fireEvent.click(container.querySelector('.agreement__disagree') as Element);
      });
      expect(confirm).not.toHaveBeenCalled();
      await act(async () => {
        answer();
      });
      expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '注销账号' }));
      expect(redirect).toHaveBeenCalledWith(ROUTES.accountProfile);
    });

    it('agreeing is recorded as a re-consent', async () => {
      jest.mocked(consentApi.grant).mockClear();
      const { container, answer } = await renderAnswerHeld();
      act(() => {
        fireEvent.click(container.querySelector('.agreement__tick') as Element);
      });
      act(() => {
        fireEvent.click(container.querySelector('.agreement__agree') as Element);
      });
      expect(consentApi.grant).not.toHaveBeenCalled();
      await act(async () => {
        answer();
      });
      expect(consentApi.grant).toHaveBeenCalledWith(['user-agreement', 'privacy-policy'], 'reconsent');
    });
  });

  it('on a first launch shows the version in force, without asking about cancellation', async () => {
    jest.mocked(confirm).mockClear();
    const { container } = await renderSynced();
    expect(container.querySelector('.agreement__version')?.textContent).toContain(V2.version);
    expect(container.querySelector('.policy-changes')).toBeNull();
    await act(async () => {
      fireEvent.click(container.querySelector('.agreement__disagree') as Element);
    });
    expect(confirm).not.toHaveBeenCalled();
    expect(relaunch).toHaveBeenCalledWith(ROUTES.home);
  });
});
