import { locateRegion, pickRegionOnMap } from '../../../../src/platform/permissions/location';
import { wxApi } from '../../../../src/platform/wx-api';
import { tp } from '../../../../src/i18n/packages';
import { fakeDevice, install, wxFail } from './fake-device';

jest.mock('../../../../src/platform/wx-api', () => ({ wxApi: {} }));

const HENGQIN = { latitude: 22.1234, longitude: 113.5067 };

describe('locateRegion', () => {
  describe('when location is allowed', () => {
    it('turns the position into a region and drops the coordinates', async () => {
      const device = fakeDevice({ authSetting: { 'scope.userLocation': true } });
      device.table.getLocation.mockResolvedValue({ ...HENGQIN, accuracy: 30 });
      install(wxApi, device);
      const result = await locateRegion();
      expect(result).toEqual({ status: 'ok', value: { region: expect.objectContaining({ id: 'hengqin' }) } });
      expect(JSON.stringify(result)).not.toContain('113.5067');
    });

    it('keeps the point only when asked', async () => {
      const device = fakeDevice({ authSetting: { 'scope.userLocation': true } });
      device.table.getLocation.mockResolvedValue({ ...HENGQIN, accuracy: 30, speed: 0 });
      install(wxApi, device);
      const result = await locateRegion({ keepPoint: true });
      expect(result).toMatchObject({ status: 'ok', value: { point: HENGQIN } });
    });

    it('finds no region far away, so the person picks from the list', async () => {
      const device = fakeDevice({ authSetting: { 'scope.userLocation': true } });
      device.table.getLocation.mockResolvedValue({ latitude: 39.9, longitude: 116.4 });
      install(wxApi, device);
      await expect(locateRegion()).resolves.toEqual({ status: 'ok', value: { region: null } });
    });
  });

  describe('when location was refused', () => {
    it('is denied without calling getLocation, and says what still works', async () => {
      const device = fakeDevice({ authSetting: { 'scope.userLocation': false }, confirmsOurDialog: false });
      install(wxApi, device);
      const result = await locateRegion();
      expect(result).toEqual({
        status: 'denied',
        reason: 'refused',
        message: tp.permissions.items.location.refusal,
      });
      expect(device.table.getLocation).not.toHaveBeenCalled();
    });
  });

  it('treats WeChat privacy error 104 from getLocation as a refusal', async () => {
    const device = fakeDevice({ authSetting: { 'scope.userLocation': true } });
    device.table.getLocation.mockRejectedValue(
      wxFail('getLocation', 'privacy permission is not authorized', { errno: 104 }),
    );
    install(wxApi, device);
    await expect(locateRegion()).resolves.toMatchObject({ status: 'denied', reason: 'privacy-not-authorized' });
  });
});

describe('pickRegionOnMap', () => {
  it('reads the region from the chosen address', async () => {
    const device = fakeDevice();
    device.table.chooseLocation.mockResolvedValue({
      name: '新马路',
      address: '澳门特别行政区新马路',
      latitude: 22.19,
      longitude: 113.54,
    });
    install(wxApi, device);
    await expect(pickRegionOnMap()).resolves.toEqual({
      status: 'ok',
      value: { region: expect.objectContaining({ id: 'macao' }) },
    });
  });

  it('reports a cancel as a cancel', async () => {
    const device = fakeDevice();
    device.table.chooseLocation.mockRejectedValue(wxFail('chooseLocation', 'cancel'));
    install(wxApi, device);
    await expect(pickRegionOnMap()).resolves.toEqual({ status: 'cancelled' });
  });
});
