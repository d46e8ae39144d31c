import { t } from '../../../src/i18n';
import { applyLocale, currentLocale } from '../../../src/i18n/locale-store';
import { chooseLocale, startLocale } from '../../../src/platform/locale';
import { overrideWxApi, restoreWxApi } from '../../../src/platform/wx-api';

const stored = new Map<string, unknown>();
const launched: string[] = [];
let language = 'zh_CN';

beforeEach(() => {
  stored.clear();
  launched.length = 0;
  overrideWxApi('getStorageSync', (key) => stored.get(key) ?? '');
  overrideWxApi('setStorageSync', (key, value) => void stored.set(key, value));
  overrideWxApi('getAppBaseInfo', () => ({ language }) as ReturnType<typeof import('@tarojs/taro').getAppBaseInfo>);
  overrideWxApi('reLaunch', (option) => {
    launched.push(option.url);
    return Promise.resolve({ errMsg: 'reLaunch:ok' });
  });
});
afterEach(() => {
  restoreWxApi();
  applyLocale('zh-CN');
});

describe('the UI language', () => {
  it('follows WeChat’s language at launch when none was chosen', () => {
    language = 'zh_HK';
    expect(startLocale()).toBe('zh-MO');
    expect(t.home.inbox).toBe('我的訊息');
    language = 'en';
    expect(startLocale()).toBe('en');
    expect(t.home.inbox).toBe('My messages');
  });

  it('keeps the choice made in 我的 over WeChat’s language, switched in place without a re-launch', () => {
    language = 'zh_CN';
    startLocale();
    chooseLocale('pt-PT');
    expect(stored.get('ui.locale')).toBe('pt-PT');
    expect(launched).toEqual([]);
    expect(t.account.profileTitle).toBe('A minha conta');
    applyLocale('zh-CN');
    expect(startLocale()).toBe('pt-PT');
    expect(currentLocale()).toBe('pt-PT');
  });
});
