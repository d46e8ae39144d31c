import { act, fireEvent, render } from '@testing-library/react';
import FacePage from '../../../../src/packages/account/pages/face/index';
import { ensureFaceConsent } from '../../../../src/features/consent/face-consent';
import { startFaceVerification } from '../../../../src/platform/face-verification';
import { ROUTES, pageQuery, redirect } from '../../../../src/platform/navigation';
import { cloudClient } from '../../../../src/services/cloud';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  redirect: jest.fn(),
  pageQuery: jest.fn(),
}));
jest.mock('../../../../src/platform/face-verification', () => ({ startFaceVerification: jest.fn() }));
jest.mock('../../../../src/services/cloud', () => ({ cloudClient: { call: jest.fn() } }));
jest.mock('../../../../src/features/consent/face-consent', () => ({ ensureFaceConsent: jest.fn() }));

/** Taro's H5 input reports what was typed as a custom event with `detail.value`. */
function type(container: HTMLElement, selector: string, value: string) {
  act(() => {
    container.querySelector(selector)?.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

async function start(container: HTMLElement) {
  await act(async () => {
    fireEvent.click(container.querySelector('.face__start') as Element);
  });
}

describe('FacePage', () => {
  beforeEach(() => {
    jest.mocked(redirect).mockClear();
    jest.mocked(cloudClient.call).mockReset();
    jest.mocked(startFaceVerification).mockReset();
    jest.mocked(ensureFaceConsent).mockResolvedValue(null);
  });

  it('resets a forgotten password with the face result and the new password, then asks to sign in', async () => {
    jest.mocked(pageQuery).mockReturnValue({ purpose: 'reset' });
    jest.mocked(startFaceVerification).mockResolvedValue({ outcome: 'done', verifyResult: 'local-stand-in:success' });
    jest.mocked(cloudClient.call).mockResolvedValue({ ok: true, data: { signedOut: true } });
    const { container } = render(<FacePage />);
    type(container, '.face__new-password', 'Fresh-Start-2027');
    type(container, '.face__real-name', '陈大文');
    type(container, '.face__doc-number', '820000200002290021');
    await start(container);
    expect(startFaceVerification).toHaveBeenCalledWith('陈大文', '820000200002290021', expect.any(Array));
    expect(cloudClient.call).toHaveBeenCalledWith('account', 'resetPassword', {
      face: { verifyResult: 'local-stand-in:success' },
      newPassword: 'Fresh-Start-2027',
    });
    expect(redirect).toHaveBeenCalledWith(ROUTES.accountSignIn);
  });

  it('says so when the person cancels, and sends nothing', async () => {
    jest.mocked(pageQuery).mockReturnValue({ purpose: 'verify' });
    jest.mocked(startFaceVerification).mockResolvedValue({ outcome: 'cancelled' });
    const { container } = render(<FacePage />);
    type(container, '.face__real-name', '陈大文');
    type(container, '.face__doc-number', '820000200002290021');
    await start(container);
    expect(container.querySelector('.face__error')?.textContent).toBe('您已取消人脸核验');
    expect(cloudClient.call).not.toHaveBeenCalled();
  });

  it('asks for the face consent first: refused, the camera never opens and nothing is sent', async () => {
    jest.mocked(pageQuery).mockReturnValue({ purpose: 'verify' });
    jest.mocked(ensureFaceConsent).mockResolvedValue('未同意处理您的人脸信息，无法使用此功能。可随时在隐私中心同意。');
    const { container } = render(<FacePage />);
    type(container, '.face__real-name', '陈大文');
    type(container, '.face__doc-number', '820000200002290021');
    await start(container);
    expect(container.querySelector('.face__error')?.textContent).toContain('人脸信息');
    expect(startFaceVerification).not.toHaveBeenCalled();
    expect(cloudClient.call).not.toHaveBeenCalled();
  });
});
