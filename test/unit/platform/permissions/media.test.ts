import { MEDIA_MAX_BYTES, chooseMediaFiles } from '../../../../src/platform/permissions/media';
import { wxApi } from '../../../../src/platform/wx-api';
import { fakeDevice, install, wxFail } from './fake-device';
import { buildJpeg, indexOf } from './jpeg-fixture';

jest.mock('../../../../src/platform/wx-api', () => ({ wxApi: {} }));

const SECONDS_LE = [0xe5, 0x0b, 0x00, 0x00];

function withPhoto(device: ReturnType<typeof fakeDevice>, path: string, bytes: Uint8Array) {
  device.files.set(path, bytes);
  device.table.chooseMedia.mockResolvedValue({
    type: 'image',
    tempFiles: [{ tempFilePath: path, size: bytes.length, fileType: 'image' }],
  });
  install(wxApi, device);
}

describe('chooseMediaFiles', () => {
  it('removes GPS from a chosen photo before it can be uploaded', async () => {
    const device = fakeDevice();
    withPhoto(device, 'wxfile://tmp/a.jpg', buildJpeg());
    const result = await chooseMediaFiles({ source: 'album' });
    if (result.status !== 'ok') throw new Error(result.status);
    const [file] = result.value.files;
    expect(file.location).toBe('removed');
    expect(file.path).not.toBe('wxfile://tmp/a.jpg');
    expect(indexOf(device.files.get(file.path) as Uint8Array, SECONDS_LE)).toBe(-1);
    expect(device.table.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ sourceType: ['album'] }));
  });

  it('keeps the original when the person chose to keep the location', async () => {
    const device = fakeDevice();
    withPhoto(device, 'wxfile://tmp/a.jpg', buildJpeg());
    const result = await chooseMediaFiles({ source: 'album', keepLocation: true });
    expect(result).toMatchObject({
      status: 'ok',
      value: { files: [{ path: 'wxfile://tmp/a.jpg', location: 'kept' }] },
    });
  });

  it('leaves out a photo whose metadata cannot be cleaned safely', async () => {
    const device = fakeDevice();
    const broken = buildJpeg();
    const exif = indexOf(broken, [0xff, 0xe1]);
    broken[exif + 3] = 0x10;
    broken[exif + 2] = 0x00;
    withPhoto(device, 'wxfile://tmp/b.jpg', broken);
    await expect(chooseMediaFiles({ source: 'album' })).resolves.toEqual({
      status: 'ok',
      value: { files: [], skipped: 1, tooLarge: 0 },
    });
  });

  it('leaves out a file over the size limit', async () => {
    const device = fakeDevice();
    device.table.chooseMedia.mockResolvedValue({
      type: 'image',
      tempFiles: [{ tempFilePath: 'wxfile://tmp/big.jpg', size: MEDIA_MAX_BYTES.image + 1, fileType: 'image' }],
    });
    install(wxApi, device);
    await expect(chooseMediaFiles({ source: 'album' })).resolves.toEqual({
      status: 'ok',
      value: { files: [], skipped: 0, tooLarge: 1 },
    });
  });

  it('asks for the camera scope before taking a photo, and stops when refused', async () => {
    const device = fakeDevice({ allowsInPopup: false });
    install(wxApi, device);
    await expect(chooseMediaFiles({ source: 'camera' })).resolves.toMatchObject({ status: 'denied' });
    expect(device.calls).toContain('authorize:scope.camera');
    expect(device.table.chooseMedia).not.toHaveBeenCalled();
  });

  it('reports privacy error 112 from chooseMedia as a refusal', async () => {
    const device = fakeDevice();
    device.table.chooseMedia.mockRejectedValue(
      wxFail('chooseMedia', 'api scope is not declared in the privacy agreement', { errno: 112 }),
    );
    install(wxApi, device);
    await expect(chooseMediaFiles({ source: 'album' })).resolves.toMatchObject({
      status: 'denied',
      reason: 'privacy-not-declared',
    });
  });
});
