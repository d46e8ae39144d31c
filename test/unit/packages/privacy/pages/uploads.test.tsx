import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { MyUploadView } from '../../../../../cloudfunctions/lib/contract/files';
import { uploadsApi } from '../../../../../src/features/privacy/uploads-api';
import { zhCNUploads } from '../../../../../src/i18n/zh-CN-uploads';
import MyUploadsPage from '../../../../../src/packages/privacy/pages/uploads/index';
import { wxApi } from '../../../../../src/platform/wx-api';

jest.mock('../../../../../src/features/privacy/uploads-api', () => ({
  uploadsApi: { mine: jest.fn(), remove: jest.fn() },
}));
// The dialog and the toast are WeChat's: the real confirm-action runs against them.
jest.mock('../../../../../src/platform/wx-api', () => {
  const actual: typeof import('../../../../../src/platform/wx-api') = jest.requireActual(
    '../../../../../src/platform/wx-api',
  );
  return { wxApi: { ...actual.wxApi, showModal: jest.fn(), showToast: jest.fn() } };
});

const api = jest.mocked(uploadsApi);
const wx = jest.mocked(wxApi);

const photo: MyUploadView = {
  uploadId: 'a'.repeat(24),
  name: '现场照片.jpg',
  size: 2048,
  kind: 'jpeg',
  purpose: 'feedback',
  // 02:30 UTC is 10:30 in Beijing.
  uploadedAt: '2026-11-30T02:30:00.000Z',
  inUse: false,
};
const kept: MyUploadView = { ...photo, uploadId: 'b'.repeat(24), name: '身份证.pdf', purpose: 'material', inUse: true };

async function shown() {
  const page = render(<MyUploadsPage />);
  await waitFor(() => expect(api.mine).toHaveBeenCalled());
  return page;
}

describe('MyUploadsPage', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    api.mine.mockResolvedValue({ ok: true, data: { items: [photo, kept] } });
    api.remove.mockResolvedValue({ ok: true, data: { uploadId: photo.uploadId, files: 1 } });
    wx.showModal.mockResolvedValue({ confirm: true, cancel: false } as never);
    wx.showToast.mockResolvedValue({} as never);
  });

  it('lists each upload with its name, purpose, size and Beijing time; a kept one has no delete', async () => {
    const { container, findByText } = await shown();
    await findByText('现场照片.jpg');
    const items = container.querySelectorAll('.my-uploads__item');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('反馈附件 · 2.0 KB · 上传于 2026年11月30日 10:30');
    expect(items[0]?.querySelector('.my-uploads__remove')).not.toBeNull();
    expect(items[1]?.textContent).toContain(zhCNUploads.inUse);
    expect(items[1]?.querySelector('.my-uploads__remove')).toBeNull();
  });

  it('deletes after the person confirms, with a toast, and drops it from the list', async () => {
    const { container, findByText } = await shown();
    await findByText('现场照片.jpg');
    await act(async () => {
      fireEvent.click(container.querySelector('.my-uploads__remove') as Element);
    });
    await waitFor(() => expect(api.remove).toHaveBeenCalledWith(photo.uploadId));
    expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: zhCNUploads.confirm.title }));
    expect(wx.showToast).toHaveBeenCalledWith({ title: zhCNUploads.confirm.done, icon: 'success' });
    expect(container.querySelectorAll('.my-uploads__item')).toHaveLength(1);
  });

  it('deletes nothing when the person cancels', async () => {
    wx.showModal.mockResolvedValue({ confirm: false, cancel: true } as never);
    const { container, findByText } = await shown();
    await findByText('现场照片.jpg');
    await act(async () => {
      fireEvent.click(container.querySelector('.my-uploads__remove') as Element);
    });
    expect(api.remove).not.toHaveBeenCalled();
    expect(container.querySelectorAll('.my-uploads__item')).toHaveLength(2);
  });

  it('says so when there is nothing uploaded, and when signed out', async () => {
    api.mine.mockResolvedValueOnce({ ok: true, data: { items: [] } });
    expect(await (await shown()).findByText(zhCNUploads.empty)).toBeTruthy();
    api.mine.mockResolvedValueOnce({ ok: false, error: { code: 'ACCOUNT.NOT_SIGNED_IN', message: '请先登录' } });
    expect(await render(<MyUploadsPage />).findByText(zhCNUploads.signedOut)).toBeTruthy();
  });
});
