import { classifyFailure } from '../../../../src/platform/permissions/failure';

describe('classifyFailure', () => {
  it.each([
    [{ errMsg: 'getLocation:fail privacy permission is not authorized', errno: 104 }, 'privacy-not-authorized'],
    [{ errMsg: 'chooseMedia:fail', errno: 104 }, 'privacy-not-authorized'],
    [
      { errMsg: 'chooseMessageFile:fail api scope is not declared in the privacy agreement', errno: 112 },
      'privacy-not-declared',
    ],
    [{ errMsg: 'authorize:fail auth deny' }, 'refused'],
    [{ errMsg: 'authorize:fail:auth denied' }, 'refused'],
    [{ errMsg: 'requestSubscribeMessage:fail', errCode: 20004 }, 'refused'],
    [{ errMsg: 'getLocation:fail system permission denied' }, 'system-denied'],
    [{ errMsg: 'User denied Geolocation' }, 'refused'],
    [{ errMsg: 'chooseMedia:fail cancel' }, 'cancelled'],
    [{ errMsg: '暂时不支持 API' }, 'unsupported'],
    [new TypeError('x.start is not a function'), 'unsupported'],
    [{ errMsg: 'getLocation:fail timeout' }, 'failed'],
    [undefined, 'failed'],
    ['boom', 'failed'],
  ])('%j → %s', (error, kind) => {
    expect(classifyFailure(error)).toBe(kind);
  });
});
