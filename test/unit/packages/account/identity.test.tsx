import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { ProfileView } from '../../../../cloudfunctions/lib/contract/account';
import type { MyIdentityReviewView } from '../../../../cloudfunctions/lib/contract/identity-review';
import { accountApi } from '../../../../src/features/account/account-api';
import { identityApi } from '../../../../src/features/account/identity-api';
import { pickAndUpload } from '../../../../src/features/requests/material-upload';
import IdentityPage from '../../../../src/packages/account/pages/identity/index';
import { ROUTES, navigate } from '../../../../src/platform/navigation';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  redirect: jest.fn(),
  navigate: jest.fn(),
}));
jest.mock('../../../../src/features/account/account-api', () => ({ accountApi: { profile: jest.fn() } }));
jest.mock('../../../../src/features/account/identity-api', () => ({
  identityApi: { mine: jest.fn(), submit: jest.fn() },
}));
jest.mock('../../../../src/features/requests/material-upload', () => ({
  ...jest.requireActual('../../../../src/features/requests/material-upload'),
  pickAndUpload: jest.fn(),
}));
// Page lifecycle hooks need Taro's app runtime: here a show is the first mount.
jest.mock('@tarojs/taro', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...jest.requireActual('@tarojs/taro'),
    useDidShow: (show: () => void) => useEffect(() => show(), []),
  };
});

function profile(document: ProfileView['document'], level: ProfileView['verification']['level']): ProfileView {
  return {
    accountName: 'chan_tai_man',
    realName: '陈*文',
    document,
    mobile: { countryCode: '+853', number: '66****56' },
    address: null,
    contact: null,
    verification: { level, faceVerifiedAt: null },
    status: { state: 'active', reason: null, until: null },
    roles: ['user'],
    createdAt: '2026-05-01T00:00:00.000Z',
    cancellation: null,
  } as ProfileView;
}

const MACAO = { type: 'residence-permit', number: '8200**********0021', region: 'MO' } as const;
const MAINLAND = { type: 'resident-id', number: '4401**********1239', region: 'CN' } as const;
const none: MyIdentityReviewView = { status: 'none', submittedAt: null, comment: null };

async function shown(p: ProfileView, review: MyIdentityReviewView) {
  jest.mocked(accountApi.profile).mockResolvedValue({ ok: true, data: p });
  jest.mocked(identityApi.mine).mockResolvedValue({ ok: true, data: review });
  const page = render(<IdentityPage />);
  await waitFor(() => expect(page.container.querySelector('.identity__level')).not.toBeNull());
  return page.container;
}

async function click(container: HTMLElement, selector: string) {
  await act(async () => {
    fireEvent.click(container.querySelector(selector) as Element);
  });
}

describe('IdentityPage (实名核验)', () => {
  beforeEach(() => jest.resetAllMocks());

  it('sends a mainland ID card holder to the WeChat face check, the level in plain words', async () => {
    const page = await shown(profile(MAINLAND, 'document-checked'), none);
    expect(page.querySelector('.identity__level')?.textContent).toContain('一级：证件已核验（尚未实名核验）');
    expect(page.querySelector('.identity__camera')).toBeNull();
    await click(page, '.identity__to-face');
    expect(navigate).toHaveBeenCalledWith(ROUTES.accountFace, { purpose: 'verify' });
  });

  it('uploads a Macao resident’s document photo for staff and then shows the check waiting', async () => {
    const page = await shown(profile(MACAO, 'document-checked'), none);
    expect(page.querySelector('.identity__to-face')).toBeNull();
    jest.mocked(pickAndUpload).mockResolvedValue({
      added: [
        { materialCode: 'identity-document', uploadId: 'u'.repeat(24), name: 'photo-1.jpg', size: 9, kind: 'jpeg' },
      ],
      notes: [],
    });
    jest.mocked(identityApi.submit).mockResolvedValue({
      ok: true,
      data: { status: 'pending', submittedAt: '2026-12-01T02:30:00.000Z', comment: null },
    });
    await click(page, '.identity__camera');
    expect(pickAndUpload).toHaveBeenCalledWith(
      expect.objectContaining({ source: 'camera', purpose: 'material', count: 1 }),
    );
    expect(page.querySelector('.identity__chosen')?.textContent).toContain('photo-1.jpg');
    await click(page, '.identity__submit');
    expect(identityApi.submit).toHaveBeenCalledWith('u'.repeat(24));
    // 02:30 UTC is 10:30 in Beijing.
    expect(page.querySelector('.identity__pending')?.textContent).toContain('10:30');
    expect(page.querySelector('.identity__submit')).toBeNull();
  });

  it('shows a refusal with the reviewer’s reason and lets the person photograph again', async () => {
    const refused: MyIdentityReviewView = {
      status: 'refused',
      submittedAt: '2026-12-01T02:30:00.000Z',
      comment: '照片模糊',
    };
    const page = await shown(profile(MACAO, 'document-checked'), refused);
    expect(page.querySelector('.identity__refused')?.textContent).toContain('照片模糊');
    expect(page.querySelector('.identity__camera')).not.toBeNull();
  });

  it('says a staff-verified account is done', async () => {
    const approved: MyIdentityReviewView = {
      status: 'approved',
      submittedAt: '2026-12-01T02:30:00.000Z',
      comment: null,
    };
    const page = await shown(profile(MACAO, 'staff-verified'), approved);
    expect(page.querySelector('.identity__level')?.textContent).toContain('工作人员核验证件');
    expect(page.querySelector('.identity__verified')?.textContent).toBe('工作人员已核验您的证件，实名核验已通过。');
    expect(page.querySelector('.identity__camera')).toBeNull();
  });
});
