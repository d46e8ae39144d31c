import { requestSubscription } from '../../../../src/platform/permissions/subscribe';
import { wxApi } from '../../../../src/platform/wx-api';
import { fakeDevice, install } from './fake-device';

jest.mock('../../../../src/platform/wx-api', () => ({ wxApi: {} }));

describe('requestSubscription', () => {
  it('hands every template’s decision to the push feature', async () => {
    const device = fakeDevice();
    device.table.requestSubscribeMessage.mockResolvedValue({
      errMsg: 'requestSubscribeMessage:ok',
      T1: 'accept',
      T2: 'reject',
    });
    install(wxApi, device);
    const onDecided = jest.fn();
    const result = await requestSubscription(['T1', 'T2'], onDecided);
    expect(result).toEqual({ status: 'ok', value: { T1: 'accept', T2: 'reject' } });
    expect(onDecided).toHaveBeenCalledWith({ T1: 'accept', T2: 'reject' });
  });

  it('offers the settings page when subscription messages are switched off', async () => {
    const device = fakeDevice({ mainSwitch: false, confirmsOurDialog: false });
    device.table.requestSubscribeMessage.mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail', errCode: 20004 });
    install(wxApi, device);
    const onDecided = jest.fn();
    await expect(requestSubscription(['T1'], onDecided)).resolves.toMatchObject({ status: 'denied' });
    expect(device.calls).toContain('showModal');
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('hands nothing over when the answer names no template (H5 stub)', async () => {
    const device = fakeDevice();
    device.table.requestSubscribeMessage.mockResolvedValue({ errMsg: '暂时不支持 API' });
    install(wxApi, device);
    const onDecided = jest.fn();
    await expect(requestSubscription(['T1'], onDecided)).resolves.toMatchObject({ status: 'unavailable' });
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('refuses more templates than WeChat shows at once', async () => {
    install(wxApi, fakeDevice());
    await expect(requestSubscription(['A', 'B', 'C', 'D'], jest.fn())).resolves.toMatchObject({
      status: 'unavailable',
    });
  });
});
