import { watchNetwork } from '../../../../src/platform/permissions/network';
import { callServiceLine } from '../../../../src/platform/permissions/phone';
import { startVoiceNote } from '../../../../src/platform/permissions/voice';
import { wxApi } from '../../../../src/platform/wx-api';
import { fakeDevice, install, wxFail } from './fake-device';

jest.mock('../../../../src/platform/wx-api', () => ({ wxApi: {} }));

function fakeRecorder() {
  const handlers: Record<string, (arg?: unknown) => void> = {};
  return {
    onStart: (cb: () => void) => (handlers.start = cb),
    onStop: (cb: (r: unknown) => void) => (handlers.stop = cb),
    onError: (cb: (e: unknown) => void) => (handlers.error = cb),
    start: jest.fn(() => handlers.start()),
    stop: jest.fn(() => handlers.stop({ tempFilePath: 'wxfile://tmp/v.aac', duration: 3200, fileSize: 5000 })),
  };
}

describe('startVoiceNote', () => {
  it('records after scope.record is granted', async () => {
    const device = fakeDevice();
    const recorder = fakeRecorder();
    device.table.getRecorderManager.mockReturnValue(recorder);
    install(wxApi, device);
    const started = await startVoiceNote();
    if (started.status !== 'ok') throw new Error(started.status);
    expect(device.calls).toContain('authorize:scope.record');
    await expect(started.value.stop()).resolves.toEqual({
      status: 'ok',
      value: { path: 'wxfile://tmp/v.aac', durationMs: 3200, size: 5000 },
    });
  });

  it('never starts the recorder when the microphone is refused', async () => {
    const device = fakeDevice({ authSetting: { 'scope.record': false }, confirmsOurDialog: false });
    install(wxApi, device);
    await expect(startVoiceNote()).resolves.toMatchObject({ status: 'denied' });
    expect(device.table.getRecorderManager).not.toHaveBeenCalled();
  });

  it('is unavailable where there is no recorder (H5)', async () => {
    const device = fakeDevice({ noSettings: true });
    device.table.getRecorderManager.mockReturnValue(Promise.resolve({ errMsg: '暂时不支持 API' }));
    install(wxApi, device);
    await expect(startVoiceNote()).resolves.toMatchObject({ status: 'unavailable' });
  });
});

describe('callServiceLine', () => {
  it('dials 0756-8841889', async () => {
    const device = fakeDevice();
    device.table.makePhoneCall.mockResolvedValue({ errMsg: 'makePhoneCall:ok' });
    install(wxApi, device);
    await expect(callServiceLine()).resolves.toEqual({ status: 'ok', value: undefined });
    expect(device.table.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0756-8841889' });
  });

  it('treats the person cancelling the call as a cancel', async () => {
    const device = fakeDevice();
    device.table.makePhoneCall.mockRejectedValue(wxFail('makePhoneCall', 'cancel'));
    install(wxApi, device);
    await expect(callServiceLine()).resolves.toEqual({ status: 'cancelled' });
  });
});

describe('watchNetwork', () => {
  it('reports the state now and on change, and stops listening', async () => {
    const device = fakeDevice();
    device.table.getNetworkType.mockResolvedValue({ networkType: 'none' });
    install(wxApi, device);
    const seen: boolean[] = [];
    const stop = watchNetwork((status) => seen.push(status.online));
    await Promise.resolve();
    await Promise.resolve();
    const onChange = device.table.onNetworkStatusChange.mock.calls[0][0];
    onChange({ isConnected: true, networkType: 'wifi' });
    expect(seen).toEqual([false, true]);
    stop();
    expect(device.table.offNetworkStatusChange).toHaveBeenCalledWith(onChange);
  });
});
