import { act, fireEvent, render } from '@testing-library/react';
import FeedbackPage from '../../../../src/packages/feedback/pages/index/index';
import { tFeedback } from '../../../../src/i18n/feedback';
import { chooseMediaFiles, startVoiceNote } from '../../../../src/platform/permissions';
import { cloudClient } from '../../../../src/services/cloud';
import { uploadFile } from '../../../../src/services/cloud/uploader';
import { type } from '../../../support/ui-events';

jest.mock('../../../../src/platform/permissions', () => ({ chooseMediaFiles: jest.fn(), startVoiceNote: jest.fn() }));
jest.mock('../../../../src/services/cloud', () => ({ cloudClient: { call: jest.fn() } }));
// The person answers 删除 to the confirmation (the dialog itself is WeChat's).
jest.mock('../../../../src/platform/confirm-action', () => ({
  confirmThen: jest.fn(async (_copy: unknown, action: () => Promise<boolean>) => action()),
}));
jest.mock('../../../../src/services/cloud/uploader', () => ({
  ...jest.requireActual('../../../../src/services/cloud/upload'),
  uploadFile: jest.fn(),
}));

const REFUSED = '不开启将无法使用语音输入相关的功能，但不影响您使用其他服务。';

function answer(action: string, data: unknown) {
  jest
    .mocked(cloudClient.call)
    .mockImplementation(async (_name, called) =>
      called === action ? { ok: true, data } : { ok: true, data: { items: [] } },
    );
}

async function tap(container: HTMLElement, selector: string) {
  await act(async () => {
    fireEvent.click(container.querySelector(selector) as Element);
  });
}

async function mounted() {
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(<FeedbackPage />);
  });
  return (view as ReturnType<typeof render>).container;
}

describe('FeedbackPage', () => {
  beforeEach(() => {
    jest.mocked(cloudClient.call).mockReset();
    jest.mocked(chooseMediaFiles).mockReset();
    jest.mocked(startVoiceNote).mockReset();
    jest.mocked(uploadFile).mockReset();
    answer('submit', { id: 'f1' });
  });

  it('says why 提交 is unavailable while the text is empty, and stops saying it once there is text', async () => {
    const container = await mounted();
    expect(container.querySelector('.app-button__reason')?.textContent).toBe(tFeedback.submitBlocked);
    expect(container.querySelector('.feedback__submit')?.hasAttribute('disabled')).toBe(true);
    type(container, '.feedback__text', '协议第十条写得不清楚');
    expect(container.querySelector('.app-button__reason')).toBeNull();
    expect(container.querySelector('.feedback__submit')?.hasAttribute('disabled')).toBe(false);
  });

  it('draws the text in the one field style: a visible label tied to it and a placeholder (issue 20)', async () => {
    const container = await mounted();
    const field = container.querySelector('.feedback__text') as HTMLElement;
    expect(field.classList.contains('qyb-field')).toBe(true);
    expect(field.getAttribute('placeholder')).toBe(tFeedback.textPlaceholder);
    expect(container.querySelector('#feedback__text-label')?.textContent).toBe(tFeedback.text);
  });

  it('states that location is removed by default, and asks for it to be kept only when the person says so', async () => {
    jest.mocked(chooseMediaFiles).mockResolvedValue({
      status: 'ok',
      value: {
        files: [{ path: 'wxfile://a.jpg', size: 900, kind: 'image', location: 'kept' }],
        skipped: 0,
        tooLarge: 0,
      },
    });
    for (const id of ['a', 'c'])
      jest.mocked(uploadFile).mockResolvedValueOnce({
        ok: true,
        data: { uploadId: id.repeat(24), name: 'photo-1.jpg', size: 900, kind: 'jpeg', fileID: 'cloud://x' },
      });
    const container = await mounted();
    expect(container.querySelector('.feedback__location-notice')?.textContent).toBe(tFeedback.locationNotice);

    await tap(container, '.feedback__add-album');
    expect(chooseMediaFiles).toHaveBeenLastCalledWith(
      expect.objectContaining({ source: 'album', keepLocation: false }),
    );
    await tap(container, '.feedback__keep-location');
    await tap(container, '.feedback__add-camera');
    expect(chooseMediaFiles).toHaveBeenLastCalledWith(
      expect.objectContaining({ source: 'camera', keepLocation: true }),
    );
    expect(uploadFile).toHaveBeenCalledWith('wxfile://a.jpg', {
      purpose: 'feedback',
      name: '反馈图片1.jpg',
      size: 900,
      kind: 'jpeg',
    });
  });

  it('sends the text with the uploadIds of its photos', async () => {
    jest.mocked(chooseMediaFiles).mockResolvedValue({
      status: 'ok',
      value: { files: [{ path: 'blob:p', size: 10, kind: 'image', location: 'removed' }], skipped: 0, tooLarge: 0 },
    });
    jest.mocked(uploadFile).mockResolvedValue({
      ok: true,
      data: { uploadId: 'b'.repeat(24), name: 'photo-1.jpg', size: 10, kind: 'jpeg', fileID: 'cloud://y' },
    });
    const container = await mounted();
    await tap(container, '.feedback__add-album');
    expect(container.querySelector('.feedback__photo--removed')).not.toBeNull();
    await tap(container, '.feedback__category--complaint');
    type(container, '.feedback__text', '窗口排队太久');
    await tap(container, '.feedback__submit');
    expect(cloudClient.call).toHaveBeenCalledWith('feedback', 'submit', {
      category: 'complaint',
      text: '窗口排队太久',
      photoIds: ['b'.repeat(24)],
      voiceId: undefined,
    });
    expect(container.querySelector('.feedback__notice')?.textContent).toBe(tFeedback.submitted);
  });

  it('turns off only the voice note when the microphone is refused', async () => {
    jest.mocked(startVoiceNote).mockResolvedValue({ status: 'denied', reason: 'refused', message: REFUSED });
    const container = await mounted();
    await tap(container, '.feedback__record');
    expect(container.querySelector('.feedback__voice-off')?.textContent).toBe(REFUSED);
    expect(container.querySelector('.feedback__record')).toBeNull();
    expect(container.querySelector('.feedback__add-album')).not.toBeNull();
    type(container, '.feedback__text', '只写文字');
    await tap(container, '.feedback__submit');
    expect(cloudClient.call).toHaveBeenCalledWith('feedback', 'submit', expect.objectContaining({ text: '只写文字' }));
  });

  it('asks a signed-out person to sign in instead of showing the form', async () => {
    jest
      .mocked(cloudClient.call)
      .mockResolvedValue({ ok: false, error: { code: 'ACCOUNT.NOT_SIGNED_IN', message: '请先登录' } });
    const container = await mounted();
    expect(container.querySelector('.feedback__signed-out')).not.toBeNull();
    expect(container.querySelector('.feedback__submit')).toBeNull();
  });

  it('deletes one of my items after asking, and it leaves my list', async () => {
    const item = {
      id: 'f'.repeat(24),
      category: 'privacy',
      text: '要删除的反馈',
      photos: [],
      voice: null,
      status: 'received',
      createdAt: '2026-11-29T02:00:00.000Z',
    };
    jest
      .mocked(cloudClient.call)
      .mockImplementation(async (_name, called) =>
        called === 'mine' ? { ok: true, data: { items: [item] } } : { ok: true, data: { id: item.id, files: 0 } },
      );
    const container = await mounted();
    expect(container.textContent).toContain('要删除的反馈');
    await tap(container, '.feedback__delete');
    expect(cloudClient.call).toHaveBeenCalledWith('feedback', 'remove', { id: item.id });
    expect(container.textContent).not.toContain('要删除的反馈');
  });
});
