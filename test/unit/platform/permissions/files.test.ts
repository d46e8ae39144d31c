import { checkFile, chooseMaterialFiles, MATERIAL_RULES } from '../../../../src/platform/permissions/files';
import { wxApi } from '../../../../src/platform/wx-api';
import { fakeDevice, install, wxFail } from './fake-device';

jest.mock('../../../../src/platform/wx-api', () => ({ wxApi: {} }));

describe('checkFile', () => {
  it.each([
    ['营业执照.PDF', 1000, null],
    ['photo.jpeg', 1000, null],
    ['contract.docx', 1000, 'wrong-type'],
    ['noextension', 1000, 'wrong-type'],
    ['empty.pdf', 0, 'empty'],
    ['big.pdf', MATERIAL_RULES.maxBytes + 1, 'too-large'],
  ])('%s (%d bytes) → %s', (name, size, problem) => {
    expect(checkFile(name, size)).toBe(problem);
  });
});

describe('chooseMaterialFiles', () => {
  it('keeps the files that pass and lists the others with the reason', async () => {
    const device = fakeDevice();
    device.table.chooseMessageFile.mockResolvedValue({
      tempFiles: [
        { path: 'wxfile://tmp/1', name: '章程.pdf', size: 2048, type: 'file', time: 0 },
        { path: 'wxfile://tmp/2', name: 'video.mp4', size: 2048, type: 'file', time: 0 },
      ],
    });
    install(wxApi, device);
    await expect(chooseMaterialFiles({ count: 2 })).resolves.toEqual({
      status: 'ok',
      value: {
        files: [{ path: 'wxfile://tmp/1', name: '章程.pdf', size: 2048 }],
        rejected: [{ name: 'video.mp4', problem: 'wrong-type' }],
      },
    });
    expect(device.table.chooseMessageFile).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] }),
    );
  });

  it('is unavailable where WeChat chats do not exist (H5)', async () => {
    const device = fakeDevice();
    device.table.chooseMessageFile.mockRejectedValue({ errMsg: '不支持 API' });
    install(wxApi, device);
    await expect(chooseMaterialFiles()).resolves.toMatchObject({ status: 'unavailable' });
  });

  it('reports a cancel as a cancel', async () => {
    const device = fakeDevice();
    device.table.chooseMessageFile.mockRejectedValue(wxFail('chooseMessageFile', 'cancel'));
    install(wxApi, device);
    await expect(chooseMaterialFiles()).resolves.toEqual({ status: 'cancelled' });
  });
});
