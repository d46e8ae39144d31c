import { act, fireEvent, render } from '@testing-library/react';
import type { ProfileView } from '../../../../cloudfunctions/lib/contract/account';
import { ERROR_MESSAGES } from '../../../../cloudfunctions/lib/errors/codes';
import { useProfile } from '../../../../src/features/account/use-profile';
import FacePage from '../../../../src/packages/account/pages/face/index';
import ProfilePage from '../../../../src/packages/account/pages/profile/index';
import { runFaceVerification } from '../../../../src/platform/face-verification';
import { ROUTES, navigate, usePageQuery, redirect } from '../../../../src/platform/navigation';
import { cloudClient } from '../../../../src/services/cloud';
import { type } from '../../../support/ui-events';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  redirect: jest.fn(),
  navigate: jest.fn(),
  relaunch: jest.fn(),
  usePageQuery: jest.fn(),
}));
jest.mock('../../../../src/platform/face-verification', () => ({ runFaceVerification: jest.fn() }));
jest.mock('../../../../src/services/cloud', () => ({ cloudClient: { call: jest.fn() } }));
jest.mock('../../../../src/features/account/use-profile', () => ({ useProfile: jest.fn() }));
// My sessions loads its own list (test/integration/account/my-sessions.test.ts); not this test's subject.
jest.mock('../../../../src/packages/account/components/my-sessions', () => ({ MySessions: () => null }));
// The face consent is asked first (face.test.tsx covers it); here it is already given.
jest.mock('../../../../src/features/consent/face-consent', () => ({ ensureFaceConsent: jest.fn(async () => null) }));
jest.mock('@tarojs/taro', () => ({ ...jest.requireActual('@tarojs/taro'), useDidShow: jest.fn() }));

/** Taro's H5 input reports what was typed as a custom event with `detail.value`. */
async function tap(container: HTMLElement, selector: string) {
  await act(async () => {
    fireEvent.click(container.querySelector(selector) as Element);
  });
}

function showProfile(level: ProfileView['verification']['level'], document: ProfileView['document']) {
  const requestCancellation = jest.fn();
  const profile: ProfileView = {
    accountName: 'wang_xiao_ming',
    realName: '王*明',
    document,
    mobile: { countryCode: '+86', number: '138****0000' },
    address: null,
    contact: null,
    verification: { level, faceVerifiedAt: level === 'face-verified' ? '2026-05-02T00:00:00.000Z' : null },
    status: { state: 'active', reason: null, until: null },
    roles: ['user'],
    createdAt: '2026-05-01T00:00:00.000Z',
    cancellation: null,
  };
  jest.mocked(useProfile).mockReturnValue({
    profile,
    error: '',
    signedOut: false,
    cancellation: null,
    load: jest.fn(),
    signOut: jest.fn(),
    requestCancellation,
  } as unknown as ReturnType<typeof useProfile>);
  return { page: render(<ProfilePage />).container, requestCancellation };
}

const MAINLAND_ID = { type: 'resident-id', number: '1101**********0018', region: 'CN' } as const;
const PERMIT = { type: 'residence-permit', number: '8200**********0021', region: 'MO' } as const;

describe('ProfilePage cancellation, by verification level', () => {
  beforeEach(() => jest.mocked(navigate).mockClear());

  it('leads a face-verified account to password + face check, with no password-only request', async () => {
    const { page, requestCancellation } = showProfile('face-verified', MAINLAND_ID);
    expect(page.querySelector('.profile__cancel-password')).toBeNull();
    expect(page.querySelector('.profile__cancel-submit')).toBeNull();
    await tap(page, '.profile__cancel-with-face');
    expect(navigate).toHaveBeenCalledWith(ROUTES.accountFace, { purpose: 'cancel' });
    expect(requestCancellation).not.toHaveBeenCalled();
  });

  it('keeps the password route for an account that is not face-verified', async () => {
    const { page, requestCancellation } = showProfile('document-checked', PERMIT);
    expect(page.querySelector('.profile__cancel-with-face')).toBeNull();
    type(page, '.profile__cancel-password', 'Hengqin-2026');
    await tap(page, '.profile__cancel-submit');
    expect(requestCancellation).toHaveBeenCalledWith('Hengqin-2026');
  });
});

describe('FacePage ?purpose=cancel (password → start in the cloud → check on the device → request)', () => {
  beforeEach(() => {
    jest.mocked(redirect).mockClear();
    jest.mocked(cloudClient.call).mockReset();
    jest.mocked(runFaceVerification).mockReset();
    jest.mocked(usePageQuery).mockReturnValue({ purpose: 'cancel' });
  });

  it('asks for the password first, then requests cancellation with the cancel-purpose verify id', async () => {
    jest.mocked(runFaceVerification).mockResolvedValue({ outcome: 'done', localStandIn: 'success' });
    jest
      .mocked(cloudClient.call)
      .mockResolvedValueOnce({ ok: true, data: { verifyId: 'vid-c1' } })
      .mockResolvedValueOnce({
        ok: true,
        data: { requestedAt: '2026-06-01T02:00:00.000Z', effectiveAt: '2026-06-16T02:00:00.000Z' },
      });
    const { container } = render(<FacePage />);
    expect(container.querySelector('.face__account-name')).toBeNull();
    expect(container.querySelector('.face__start')?.getAttribute('disabled')).not.toBeNull();
    type(container, '.face__password', 'Hengqin-2026');
    await tap(container, '.face__start');
    expect(cloudClient.call).toHaveBeenNthCalledWith(1, 'account', 'startFaceVerification', { purpose: 'cancel' });
    expect(runFaceVerification).toHaveBeenCalledWith('vid-c1', expect.any(Array));
    expect(cloudClient.call).toHaveBeenNthCalledWith(2, 'account', 'requestCancellation', {
      password: 'Hengqin-2026',
      face: { verifyId: 'vid-c1', localStandIn: 'success' },
    });
    expect(container.querySelector('.face__signed-out')?.textContent).toContain('2026年6月16日');
    expect(container.querySelector('.face__to-sign-in')).not.toBeNull();
    expect(redirect).not.toHaveBeenCalled();
  });

  it('shows the cloud refusal (wrong password) and stays on the form', async () => {
    jest.mocked(runFaceVerification).mockResolvedValue({ outcome: 'done', localStandIn: 'success' });
    const message = ERROR_MESSAGES['ACCOUNT.PASSWORD_INCORRECT'];
    jest
      .mocked(cloudClient.call)
      .mockResolvedValueOnce({ ok: true, data: { verifyId: 'vid-c2' } })
      .mockResolvedValueOnce({ ok: false, error: { code: 'ACCOUNT.PASSWORD_INCORRECT', message } });
    const { container } = render(<FacePage />);
    type(container, '.face__password', 'Wrong-pass-1');
    await tap(container, '.face__start');
    expect(cloudClient.call).toHaveBeenLastCalledWith('account', 'requestCancellation', {
      password: 'Wrong-pass-1',
      face: { verifyId: 'vid-c2', localStandIn: 'success' },
    });
    expect(container.querySelector('.face__error')?.textContent).toBe(message);
    expect(container.querySelector('.face__signed-out')).toBeNull();
  });
});
