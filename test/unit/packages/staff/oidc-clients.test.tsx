import { act, render } from '@testing-library/react';
import type { OidcClientView } from '../../../../cloudfunctions/lib/contract/oidc';
import { oidcClientsApi } from '../../../../src/features/oidc/oidc-clients-api';
import { pickLogo } from '../../../../src/features/oidc/pick-logo';
import { linesOf } from '../../../../src/features/oidc/use-oidc-clients';
import { zhCNOidcClients } from '../../../../src/i18n/zh-CN-oidc-clients';
import StaffOidcClientsPage from '../../../../src/packages/staff/pages/oidc-clients/index';
import { wxApi } from '../../../../src/platform/wx-api';
import { type, click } from '../../../support/ui-events';

jest.mock('../../../../src/features/oidc/oidc-clients-api', () => ({
  oidcClientsApi: { list: jest.fn(), add: jest.fn(), disable: jest.fn(), setLogo: jest.fn() },
}));
// Choosing and uploading an image is the permissions layer's and the uploader's (tested there).
jest.mock('../../../../src/features/oidc/pick-logo', () => ({ pickLogo: jest.fn() }));

const api = jest.mocked(oidcClientsApi);
const pick = jest.mocked(pickLogo);
const UPLOAD_ID = '0123456789abcdef01234567';
const PREVIEW = 'blob:http://localhost/chosen-logo';

const registered: OidcClientView = {
  clientId: 'svc-0123456789abcdef',
  name: '横琴示例服务',
  redirectUris: ['https://svc.example.com/callback'],
  miniProgramAppIds: [],
  scopes: ['openid', 'real_name'],
  sectorId: 'svc-0123456789abcdef',
  logoUrl: null,
  createdAt: '2026-12-01T02:00:00.000Z',
  disabledAt: null,
};

async function rendered() {
  const view = render(<StaffOidcClientsPage />);
  await act(async () => undefined);
  return view;
}

describe('StaffOidcClientsPage', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    api.list.mockResolvedValue({ ok: true, data: { items: [registered] } });
  });

  it('lists the registered services with what they may ask for, in words, and Beijing time', async () => {
    const { container } = await rendered();
    expect(container.querySelector('.staff-oidc__name')?.textContent).toBe('横琴示例服务');
    expect(container.querySelector('.staff-oidc__scopes')?.textContent).toBe(
      `${zhCNOidcClients.scopes}：${zhCNOidcClients.scopeNames.openid}、${zhCNOidcClients.scopeNames.real_name}`,
    );
    expect(container.textContent).toContain('2026年12月1日 10:00');
  });

  it('registers a service from the form, one redirect address per line, and shows its secret once', async () => {
    api.add.mockResolvedValue({ ok: true, data: { clientId: 'svc-new', clientSecret: 'S3cr3t-once' } });
    const { container } = await rendered();
    type(container, '.staff-oidc__field-name', '澳门示例服务');
    type(container, '.staff-oidc__redirects', 'https://mo.example.com/a\n\n https://mo.example.com/b ');
    type(container, '.staff-oidc__terms', 'https://mo.example.com/terms');
    type(container, '.staff-oidc__privacy', 'https://mo.example.com/privacy');
    await click(container, '.staff-oidc__scope--profile');
    await click(container, '.staff-oidc__scope--openid');
    await click(container, '.staff-oidc__add');
    expect(api.add).toHaveBeenCalledWith({
      name: '澳门示例服务',
      redirectUris: ['https://mo.example.com/a', 'https://mo.example.com/b'],
      termsUrl: 'https://mo.example.com/terms',
      privacyUrl: 'https://mo.example.com/privacy',
      scopes: ['openid', 'profile'],
    });
    expect(container.querySelector('.staff-oidc__new-secret')?.textContent).toBe('S3cr3t-once');
    expect(api.list).toHaveBeenCalledTimes(2);
    await click(container, '.staff-oidc__secret-done');
    expect(container.querySelector('.staff-oidc__new-secret')).toBeNull();
  });

  it('says what is missing instead of calling the cloud with an incomplete form', async () => {
    const { container } = await rendered();
    type(container, '.staff-oidc__field-name', '澳门示例服务');
    await click(container, '.staff-oidc__add');
    expect(api.add).not.toHaveBeenCalled();
    expect(container.querySelector('.staff-oidc__error')?.textContent).toBe(zhCNOidcClients.missing);
  });

  it('with no service yet, says what is missing by the form, not as a list that failed to load', async () => {
    api.list.mockResolvedValue({ ok: true, data: { items: [] } });
    const { container } = await rendered();
    await click(container, '.staff-oidc__add');
    expect(container.querySelector('.staff-oidc__error')?.textContent).toBe(zhCNOidcClients.missing);
    expect(container.querySelector('.staff-oidc__list-error')).toBeNull();
    expect(container.querySelector('.staff-oidc__empty')).not.toBeNull();
  });

  it('keeps showing why a disable was refused after the list reloads', async () => {
    const modal = jest.spyOn(wxApi, 'showModal');
    modal.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    api.disable.mockResolvedValue({ ok: false, error: { code: 'ACCOUNT.FORBIDDEN', message: '您没有权限进行此操作' } });
    const { container } = await rendered();
    await click(container, '.staff-oidc__disable');
    expect(api.list).toHaveBeenCalledTimes(2);
    expect(container.querySelector('.staff-oidc__disable-error')?.textContent).toBe('您没有权限进行此操作');
    modal.mockRestore();
  });

  it('disables a service only after the admin confirms', async () => {
    const modal = jest.spyOn(wxApi, 'showModal');
    modal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never);
    api.disable.mockResolvedValue({ ok: true, data: { disabled: true } });
    const { container } = await rendered();
    await click(container, '.staff-oidc__disable');
    expect(api.disable).not.toHaveBeenCalled();
    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    await click(container, '.staff-oidc__disable');
    expect(api.disable).toHaveBeenCalledWith('svc-0123456789abcdef');
    modal.mockRestore();
  });
});

describe('StaffOidcClientsPage › logos', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    api.list.mockResolvedValue({ ok: true, data: { items: [registered] } });
  });

  it('shows a listed service without a logo as a monogram tile named for the service, never an image', async () => {
    const { container } = await rendered();
    const tile = container.querySelector('.staff-oidc__item .staff-oidc__logo');
    expect(tile?.textContent).toBe('横');
    expect(tile?.getAttribute('aria-label')).toBe('横琴示例服务');
    expect(tile?.className).toContain('service-logo--monogram');
  });

  it('shows a listed service’s logo from its temporary link, labelled with its name', async () => {
    api.list.mockResolvedValue({
      ok: true,
      data: { items: [{ ...registered, logoUrl: 'https://tmp.example/l.png' }] },
    });
    const { container } = await rendered();
    const logo = container.querySelector('.staff-oidc__item .staff-oidc__logo');
    expect(logo?.className).toContain('service-logo--image');
    expect(logo?.getAttribute('src')).toBe('https://tmp.example/l.png');
    expect(logo?.getAttribute('aria-label')).toBe('横琴示例服务');
  });

  it('registers with the chosen logo: the form previews it and sends its upload id', async () => {
    pick.mockResolvedValue({ ok: true, logo: { uploadId: UPLOAD_ID, preview: PREVIEW } });
    api.add.mockResolvedValue({ ok: true, data: { clientId: 'svc-new', clientSecret: 'S3cr3t-once' } });
    const { container } = await rendered();
    type(container, '.staff-oidc__field-name', '澳门示例服务');
    expect(container.querySelector('.staff-oidc__logo-preview')?.textContent).toBe('澳');
    await click(container, '.staff-oidc__choose-logo');
    const preview = container.querySelector('.staff-oidc__logo-preview');
    expect(preview?.getAttribute('src')).toBe(PREVIEW);
    expect(preview?.getAttribute('aria-label')).toBe('澳门示例服务');
    expect(container.querySelector('.staff-oidc__choose-logo')?.textContent).toBe(zhCNOidcClients.changeLogo);
    type(container, '.staff-oidc__redirects', 'https://mo.example.com/a');
    type(container, '.staff-oidc__terms', 'https://mo.example.com/terms');
    type(container, '.staff-oidc__privacy', 'https://mo.example.com/privacy');
    await click(container, '.staff-oidc__add');
    expect(api.add).toHaveBeenCalledWith(expect.objectContaining({ name: '澳门示例服务', logoUploadId: UPLOAD_ID }));
    // The form is cleared for the next service, its logo too.
    expect(container.querySelector('.staff-oidc__logo-preview--chosen')).toBeNull();
  });

  it('says why a chosen image was refused, by the form, and registers without a logo', async () => {
    pick.mockResolvedValue({ ok: false, problem: { code: 'FILE.TOO_LARGE', message: '文件超过大小限制' } });
    const { container } = await rendered();
    await click(container, '.staff-oidc__choose-logo');
    expect(container.querySelector('.staff-oidc__error')?.textContent).toBe('文件超过大小限制');
    expect(container.querySelector('.staff-oidc__logo-preview--chosen')).toBeNull();
  });

  it('changes a listed service’s logo (更换图标) and reloads the list; a refusal stays shown', async () => {
    pick.mockResolvedValue({ ok: true, logo: { uploadId: UPLOAD_ID, preview: PREVIEW } });
    api.setLogo.mockResolvedValueOnce({ ok: true, data: { logoUrl: 'https://tmp.example/new.png' } });
    const { container } = await rendered();
    expect(container.querySelector('.staff-oidc__change-logo')?.textContent).toBe(zhCNOidcClients.changeLogo);
    await click(container, '.staff-oidc__change-logo');
    expect(api.setLogo).toHaveBeenCalledWith('svc-0123456789abcdef', UPLOAD_ID);
    expect(api.list).toHaveBeenCalledTimes(2);
    api.setLogo.mockResolvedValueOnce({ ok: false, error: { code: 'OIDC.LOGO_INVALID', message: '图标不可用' } });
    await click(container, '.staff-oidc__change-logo');
    expect(container.querySelector('.staff-oidc__disable-error')?.textContent).toBe('图标不可用');
  });

  it('does nothing when the admin cancels choosing an image', async () => {
    pick.mockResolvedValue(null);
    const { container } = await rendered();
    await click(container, '.staff-oidc__change-logo');
    expect(api.setLogo).not.toHaveBeenCalled();
    expect(container.querySelector('.staff-oidc__disable-error')).toBeNull();
  });
});

describe('linesOf', () => {
  it('takes one value per line or comma, trimmed, without blanks', () => {
    expect(linesOf(' a \n\nb, c，d\n')).toEqual(['a', 'b', 'c', 'd']);
  });
});
