import {
  isLocalTwin,
  isLoopbackUrl,
  LocalOnlySettingError,
  requireLocalTwin,
  sdkServiceUrl,
} from '../../../../../cloudfunctions/lib/infra/deployment';

const cnfg = (url: string) => JSON.stringify({ URL: url });

describe('isLocalTwin', () => {
  it('when the SDK is sent to a loopback service URL (what the local cloud gives each worker), it is the twin', () => {
    for (const url of [
      'http://127.0.0.1:3900/tcb',
      'http://localhost:41234/tcb',
      'http://[::1]:3900/tcb',
      'http://127.8.0.1/tcb',
    ])
      expect(isLocalTwin({ TCB_CONTEXT_CNFG: cnfg(url) })).toBe(true);
  });

  it('when there is no service URL, or it is not loopback, it is production', () => {
    expect(isLocalTwin({})).toBe(false);
    for (const url of [
      'https://tcb-api.tencentcloudapi.com/admin',
      'http://10.0.0.5/tcb',
      'http://127.0.0.1.example.com/tcb',
      'not a url',
    ])
      expect(isLocalTwin({ TCB_CONTEXT_CNFG: cnfg(url) })).toBe(false);
    expect(isLocalTwin({ TCB_CONTEXT_CNFG: '{broken' })).toBe(false);
    expect(isLocalTwin({ TCB_CONTEXT_CNFG: JSON.stringify({ URL: 42 }) })).toBe(false);
  });

  it('when SCF’s own marker TENCENTCLOUD_RUNENV=SCF is there, a loopback URL set by hand does not make it the twin', () => {
    expect(isLocalTwin({ TCB_CONTEXT_CNFG: cnfg('http://127.0.0.1:3900/tcb'), TENCENTCLOUD_RUNENV: 'SCF' })).toBe(
      false,
    );
  });

  it('a production flag alone never makes it the twin', () => {
    expect(
      isLocalTwin({ QYB_FACE_VERIFIER: 'local-stand-in', QYB_CHANNELS: 'local-stand-in', NODE_ENV: 'development' }),
    ).toBe(false);
  });
});

describe('sdkServiceUrl / isLoopbackUrl', () => {
  it('reads URL from TCB_CONTEXT_CNFG as @cloudbase/node-sdk does', () => {
    expect(sdkServiceUrl({ TCB_CONTEXT_CNFG: cnfg('http://127.0.0.1:1/tcb') })).toBe('http://127.0.0.1:1/tcb');
    expect(sdkServiceUrl({ TCB_CONTEXT_CNFG: '{}' })).toBeNull();
    expect(isLoopbackUrl('http://LOCALHOST:1/')).toBe(true);
    expect(isLoopbackUrl('http://192.168.1.2/')).toBe(false);
  });
});

describe('requireLocalTwin', () => {
  it('refuses outside the twin with a message naming the setting', () => {
    const refuse = () => requireLocalTwin({}, 'QYB_CHANNELS=local-stand-in');
    expect(refuse).toThrow(LocalOnlySettingError);
    expect(refuse).toThrow(/^QYB_CHANNELS=local-stand-in 只用于本地开发/);
    expect(() => requireLocalTwin({ TCB_CONTEXT_CNFG: cnfg('http://127.0.0.1:2/tcb') }, 'X=y')).not.toThrow();
  });
});
