import { scanQrCode } from '../../../../src/platform/permissions/scan';
import { wxApi } from '../../../../src/platform/wx-api';
import { fakeDevice, install, wxFail } from './fake-device';

jest.mock('../../../../src/platform/wx-api', () => ({ wxApi: {} }));

describe('scanQrCode', () => {
  it('scans with the camera only, QR codes only, and gives what was read', async () => {
    const device = fakeDevice();
    device.table.scanCode.mockResolvedValue({
      result: 'https://qyb.example.com/oidc/qr/AbCdEfGhIjKl',
      scanType: 'QR_CODE',
    });
    install(wxApi, device);
    await expect(scanQrCode()).resolves.toEqual({
      status: 'ok',
      value: 'https://qyb.example.com/oidc/qr/AbCdEfGhIjKl',
    });
    expect(device.table.scanCode).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode'] });
  });

  it('when the person closes the scanner, it is a cancel, not an error', async () => {
    const device = fakeDevice();
    device.table.scanCode.mockRejectedValue(wxFail('scanCode', 'cancel'));
    install(wxApi, device);
    await expect(scanQrCode()).resolves.toEqual({ status: 'cancelled' });
  });

  it('when WeChat refuses (privacy not authorized), it says so instead of throwing', async () => {
    const device = fakeDevice();
    device.table.scanCode.mockRejectedValue(wxFail('scanCode', 'privacy permission is not authorized', { errno: 104 }));
    install(wxApi, device);
    const result = await scanQrCode();
    expect(result.status).toBe('denied');
  });
});
