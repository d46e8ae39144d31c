import { act, render } from '@testing-library/react';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import type { CurrentPoliciesOutput, PolicySummary } from '../../../cloudfunctions/lib/contract/policy';
import { CURRENT_POLICIES } from '../../../policies/generated';
import { consentApi } from '../../../src/features/consent/consent-api';
import { policyApi } from '../../../src/features/consent/policy-api';
import AgreementPage from '../../../src/pages/agreement/index';
import { ROUTES, relaunch } from '../../../src/platform/navigation';
import { launchFirstScreen } from '../../support/first-screen-script';

/**
 * H5, first launch: the agreement page takes over the copy index.html showed before the app ran
 * (src/platform/first-screen.h5.ts, what Taro's H5 build uses): what was done on it carries over.
 */
jest.mock('../../../src/platform/first-screen', () => jest.requireActual('../../../src/platform/first-screen.h5'));
jest.mock('../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../src/platform/navigation'),
  relaunch: jest.fn(),
}));
jest.mock('../../../src/features/consent/policy-api', () => ({ policyApi: { current: jest.fn() } }));
jest.mock('../../../src/features/consent/consent-api', () => ({ consentApi: { grant: jest.fn() } }));

/** The page as index.html leaves it on a first launch: the copy, filled by its own script. */
function copyShown(): HTMLElement {
  const { box } = launchFirstScreen();
  expect(box.hidden).toBe(false);
  return box;
}

const nextFrame = () =>
  act(async () => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  });

describe('the agreement page taking over the H5 first screen', () => {
  beforeEach(() => {
    jest.mocked(relaunch).mockClear();
    localStorage.clear();
    document.body.innerHTML = '';
    jest
      .mocked(consentApi.grant)
      .mockReset()
      .mockResolvedValue({ ok: true, data: { receipts: [] } });
    const inForce = (['user-agreement', 'privacy-policy'] as const).map((id): PolicySummary => {
      const { title, version, sha256, effectiveDate } = CURRENT_POLICIES[id];
      return { id, title, version, sha256, effectiveDate, changeSummary: '', reconsentRequired: false };
    });
    jest
      .mocked(policyApi.current)
      .mockResolvedValue({ ok: true, data: { policies: inForce } } as Result<CurrentPoliciesOutput>);
  });

  it('removes the copy as it draws itself, and keeps its tick', async () => {
    const box = copyShown();
    (box.querySelector('.agreement__tick') as HTMLElement).click();
    const { container } = render(<AgreementPage />);
    expect(box.hidden).toBe(true);
    expect(box.innerHTML).toBe('');
    expect(container.querySelector('.agreement__tick')?.getAttribute('aria-checked')).toBe('true');
    await nextFrame();
    expect(consentApi.grant).not.toHaveBeenCalled();
  });

  it('answers a tap on Agree made on the copy: the consent is granted and the app goes on', async () => {
    const box = copyShown();
    (box.querySelector('.agreement__tick') as HTMLElement).click();
    (box.querySelector('.agreement__agree') as HTMLElement).click();
    render(<AgreementPage />);
    await nextFrame();
    await nextFrame();
    expect(consentApi.grant).toHaveBeenCalledWith(['user-agreement', 'privacy-policy'], 'launch-gate');
    expect(relaunch).toHaveBeenCalledWith(ROUTES.home);
  });

  it('answers a tap on Decline made on the copy: nothing granted, the choice kept on the device', async () => {
    const box = copyShown();
    (box.querySelector('.agreement__disagree') as HTMLElement).click();
    render(<AgreementPage />);
    await nextFrame();
    await nextFrame();
    expect(consentApi.grant).not.toHaveBeenCalled();
    expect(localStorage.getItem('consent.declined')).not.toBeNull();
    expect(relaunch).toHaveBeenCalledWith(ROUTES.home);
  });

  it('starts unticked without a copy, as in WeChat', () => {
    const { container } = render(<AgreementPage />);
    expect(container.querySelector('.agreement__tick')?.getAttribute('aria-checked')).toBe('false');
  });
});
