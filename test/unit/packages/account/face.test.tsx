import { act, fireEvent, render } from '@testing-library/react';
import type { ProfileView } from '../../../../cloudfunctions/lib/contract/account';
import { ERROR_MESSAGES } from '../../../../cloudfunctions/lib/errors/codes';
import { useProfile } from '../../../../src/features/account/use-profile';
import FacePage from '../../../../src/packages/account/pages/face/index';
import ProfilePage from '../../../../src/packages/account/pages/profile/index';
import { ensureFaceConsent } from '../../../../src/features/consent/face-consent';
import { runFaceVerification } from '../../../../src/platform/face-verification';
import { ROUTES, navigate, usePageQuery, redirect } from '../../../../src/platform/navigation';
import { cloudClient } from '../../../../src/services/cloud';
import { type } from '../../../support/ui-events';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  redirect: jest.fn(),
  navigate: jest.fn(),
  usePageQuery: jest.fn(),
}));
jest.mock('../../../../src/platform/face-verification', () => ({ runFaceVerification: jest.fn() }));
jest.mock('../../../../src/services/cloud', () => ({ cloudClient: { call: jest.fn() } }));
jest.mock('../../../../src/features/account/use-profile', () => ({ useProfile: jest.fn() }));
// My sessions loads its own list (test/integration/account/my-sessions.test.ts); not this test's subject.
jest.mock('../../../../src/packages/account/components/my-sessions', () => ({ MySessions: () => null }));
jest.mock('../../../../src/features/consent/face-consent', () => ({ ensureFaceConsent: jest.fn() }));
jest.mock('@tarojs/taro', () => ({ ...jest.requireActual('@tarojs/taro'), useDidShow: jest.fn() }));

/** Taro's H5 input reports what was typed as a custom event with `detail.value`. */
async function start(container: HTMLElement) {
  await act(async () => {
    fireEvent.click(container.querySelector('.face__start') as Element);
  });
}

describe('FacePage (start in the cloud → check on the device → result in the cloud)', () => {
  beforeEach(() => {
    jest.mocked(redirect).mockClear();
    jest.mocked(cloudClient.call).mockReset();
    jest.mocked(runFaceVerification).mockReset();
    jest.mocked(ensureFaceConsent).mockResolvedValue(null);
  });

  it('resets a forgotten password with the verify id the cloud started, then asks to sign in', async () => {
    jest.mocked(usePageQuery).mockReturnValue({ purpose: 'reset' });
    jest.mocked(runFaceVerification).mockResolvedValue({ outcome: 'done', localStandIn: 'success' });
    jest
      .mocked(cloudClient.call)
      .mockResolvedValueOnce({ ok: true, data: { verifyId: 'vid-7' } })
      .mockResolvedValueOnce({ ok: true, data: { signedOut: true } });
    const { container } = render(<FacePage />);
    expect(container.querySelector('.face__real-name')).toBeNull();
    type(container, '.face__new-password', 'Fresh-Start-2027');
    await start(container);
    expect(cloudClient.call).toHaveBeenNthCalledWith(1, 'account', 'startFaceVerification', { purpose: 'reset' });
    expect(runFaceVerification).toHaveBeenCalledWith('vid-7', expect.any(Array));
    expect(cloudClient.call).toHaveBeenNthCalledWith(2, 'account', 'resetPassword', {
      face: { verifyId: 'vid-7', localStandIn: 'success' },
      newPassword: 'Fresh-Start-2027',
    });
    expect(redirect).toHaveBeenCalledWith(ROUTES.accountSignIn);
  });

  it('unfreezes the bound account with the verify id the cloud started for unfreeze, then asks to sign in', async () => {
    jest.mocked(usePageQuery).mockReturnValue({ purpose: 'unfreeze' });
    jest.mocked(runFaceVerification).mockResolvedValue({ outcome: 'done', localStandIn: 'success' });
    jest
      .mocked(cloudClient.call)
      .mockResolvedValueOnce({ ok: true, data: { verifyId: 'vid-u1' } })
      .mockResolvedValueOnce({ ok: true, data: { unfrozen: true } });
    const { container } = render(<FacePage />);
    expect(container.querySelector('.face--unfreeze .account-form__title')?.textContent).toBe('人脸核验后解冻账号');
    expect(container.querySelector('.face__password')).toBeNull();
    await start(container);
    expect(cloudClient.call).toHaveBeenNthCalledWith(1, 'account', 'startFaceVerification', { purpose: 'unfreeze' });
    expect(cloudClient.call).toHaveBeenNthCalledWith(2, 'account', 'unfreeze', {
      verifyId: 'vid-u1',
      localStandIn: 'success',
    });
    expect(redirect).toHaveBeenCalledWith(ROUTES.accountSignIn);
  });

  it('shows the cloud refusal when this WeChat is not bound to a frozen account, and stays', async () => {
    jest.mocked(usePageQuery).mockReturnValue({ purpose: 'unfreeze' });
    jest.mocked(cloudClient.call).mockResolvedValueOnce({
      ok: false,
      error: { code: 'ACCOUNT.NOT_FROZEN', message: ERROR_MESSAGES['ACCOUNT.NOT_FROZEN'] },
    });
    const { container } = render(<FacePage />);
    await start(container);
    expect(container.querySelector('.face__error')?.textContent).toBe(ERROR_MESSAGES['ACCOUNT.NOT_FROZEN']);
    expect(runFaceVerification).not.toHaveBeenCalled();
    expect(redirect).not.toHaveBeenCalled();
  });

  it('rebinds with the account name and password, proved by the verify id the cloud started for rebind', async () => {
    jest.mocked(usePageQuery).mockReturnValue({ purpose: 'rebind', name: 'wong_siu_ming' });
    jest.mocked(runFaceVerification).mockResolvedValue({ outcome: 'done' });
    jest
      .mocked(cloudClient.call)
      .mockResolvedValueOnce({ ok: true, data: { verifyId: 'vid-r1' } })
      .mockResolvedValueOnce({ ok: true, data: { signedIn: true } });
    const { container } = render(<FacePage />);
    type(container, '.face__password', 'Macao#Bridge9');
    await start(container);
    const owner = { accountName: 'wong_siu_ming', password: 'Macao#Bridge9' };
    expect(cloudClient.call).toHaveBeenNthCalledWith(1, 'account', 'startFaceVerification', {
      purpose: 'rebind',
      ...owner,
    });
    expect(cloudClient.call).toHaveBeenNthCalledWith(2, 'account', 'rebind', {
      ...owner,
      face: { verifyId: 'vid-r1' },
    });
    expect(redirect).toHaveBeenCalledWith(ROUTES.accountProfile);
  });

  it('shows the staff route when the cloud refuses the document, and never opens the camera', async () => {
    jest.mocked(usePageQuery).mockReturnValue({ purpose: 'verify' });
    const message = ERROR_MESSAGES['FACE.DOCUMENT_NOT_SUPPORTED'];
    jest
      .mocked(cloudClient.call)
      .mockResolvedValueOnce({ ok: false, error: { code: 'FACE.DOCUMENT_NOT_SUPPORTED', message } });
    const { container } = render(<FacePage />);
    await start(container);
    expect(container.querySelector('.face__error')?.textContent).toContain('0756-8841889');
    expect(runFaceVerification).not.toHaveBeenCalled();
  });

  it('says so when the person cancels on the device, and asks the cloud nothing more', async () => {
    jest.mocked(usePageQuery).mockReturnValue({ purpose: 'verify' });
    jest.mocked(cloudClient.call).mockResolvedValueOnce({ ok: true, data: { verifyId: 'vid-8' } });
    jest.mocked(runFaceVerification).mockResolvedValue({ outcome: 'cancelled' });
    const { container } = render(<FacePage />);
    await start(container);
    expect(container.querySelector('.face__error')?.textContent).toBe('您已取消人脸核验');
    expect(cloudClient.call).toHaveBeenCalledTimes(1);
  });

  it('asks for the face consent first: refused, the camera never opens and nothing is sent', async () => {
    jest.mocked(usePageQuery).mockReturnValue({ purpose: 'verify' });
    jest
      .mocked(ensureFaceConsent)
      .mockResolvedValue({ message: '未同意处理您的人脸信息，无法使用此功能。可随时在隐私中心同意。' });
    const { container } = render(<FacePage />);
    await start(container);
    expect(container.querySelector('.face__error')?.textContent).toContain('人脸信息');
    expect(runFaceVerification).not.toHaveBeenCalled();
    expect(cloudClient.call).not.toHaveBeenCalled();
  });
});

function profile(document: ProfileView['document']): ProfileView {
  return {
    accountName: 'chan_tai_man',
    realName: '陈*文',
    document,
    mobile: { countryCode: '+853', number: '66****56' },
    address: null,
    contact: null,
    verification: { level: 'document-checked', faceVerifiedAt: null },
    status: { state: 'active', reason: null, until: null },
    roles: ['user'],
    createdAt: '2026-05-01T00:00:00.000Z',
    cancellation: null,
  };
}

describe('ProfilePage face entry, by document', () => {
  const show = (document: ProfileView['document']) => {
    jest.mocked(useProfile).mockReturnValue({
      profile: profile(document),
      error: '',
      signedOut: false,
      cancellation: null,
      load: jest.fn(),
      signOut: jest.fn(),
      requestCancellation: jest.fn(),
    } as unknown as ReturnType<typeof useProfile>);
    return render(<ProfilePage />).container;
  };

  it('offers face verification to a mainland resident ID holder', () => {
    const page = show({ type: 'resident-id', number: '4401**********1239', region: 'CN' });
    expect(page.querySelector('.profile__to-face')).not.toBeNull();
    expect(page.querySelector('.profile__to-identity')).toBeNull();
  });

  it('leads a residence-permit holder to the staff document check instead of a face check that cannot succeed', () => {
    const page = show({ type: 'residence-permit', number: '8200**********0021', region: 'MO' });
    expect(page.querySelector('.profile__to-face')).toBeNull();
    const link = page.querySelector('.profile__to-identity');
    expect(link?.textContent).toBe('去实名核验');
    fireEvent.click(link as Element);
    expect(navigate).toHaveBeenCalledWith(ROUTES.accountIdentity);
  });
});
