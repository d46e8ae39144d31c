import type * as PrivacyModule from '../../../src/platform/privacy';
import type * as WxApiModule from '../../../src/platform/wx-api';

type Listener = (resolve: jest.Mock, info: { referrer: string }) => void;

/** The module as the weapp build has it, with WeChat's listener registration captured. */
function loadForWeapp() {
  const previous = process.env.TARO_ENV;
  let privacy!: typeof PrivacyModule;
  const register = jest.fn<void, [Listener]>();
  jest.isolateModules(() => {
    process.env.TARO_ENV = 'weapp';
    const wx = jest.requireActual<typeof WxApiModule>('../../../src/platform/wx-api');
    wx.overrideWxApi(
      'onNeedPrivacyAuthorization',
      register as unknown as WxApiModule.WxApi['onNeedPrivacyAuthorization'],
    );
    privacy = jest.requireActual<typeof PrivacyModule>('../../../src/platform/privacy');
  });
  process.env.TARO_ENV = previous as typeof process.env.TARO_ENV;
  const fire = (referrer = 'getLocation') => {
    const resolve = jest.fn();
    register.mock.calls[0]?.[0](resolve, { referrer });
    return resolve;
  };
  return { privacy, register, fire };
}

describe('privacy authorization on weapp', () => {
  it('registers the listener once, however often it is installed', () => {
    const { privacy, register } = loadForWeapp();
    privacy.installPrivacyAuthorization(jest.fn());
    privacy.installPrivacyAuthorization(jest.fn());
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('resumes the waiting call with the agree button id after agreement', () => {
    const { privacy, fire } = loadForWeapp();
    const onNeed = jest.fn();
    privacy.installPrivacyAuthorization(onNeed);
    const resolve = fire('getLocation');
    expect(onNeed).toHaveBeenCalledWith('getLocation');
    expect(privacy.hasPendingPrivacyRequest()).toBe(true);
    privacy.reportPrivacyExposure();
    privacy.agreePrivacy();
    expect(resolve.mock.calls).toEqual([
      [{ event: 'exposureAuthorization' }],
      [{ event: 'agree', buttonId: 'agreement-agree' }],
    ]);
    expect(privacy.hasPendingPrivacyRequest()).toBe(false);
  });

  it('fails the waiting call cleanly on refusal, and only once', () => {
    const { privacy, fire } = loadForWeapp();
    privacy.installPrivacyAuthorization(jest.fn());
    const resolve = fire();
    privacy.refusePrivacy();
    privacy.refusePrivacy();
    privacy.agreePrivacy();
    expect(resolve.mock.calls).toEqual([[{ event: 'disagree' }]]);
  });
});

describe('privacy authorization on H5', () => {
  it('has nothing to register and nothing pending', async () => {
    const privacy = jest.requireActual<typeof PrivacyModule>('../../../src/platform/privacy');
    privacy.installPrivacyAuthorization(jest.fn());
    expect(privacy.hasPendingPrivacyRequest()).toBe(false);
    await expect(privacy.privacyAuthorizationNeeded()).resolves.toBe(false);
  });
});
