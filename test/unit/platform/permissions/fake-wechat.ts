import type { Scope } from '../../../../src/platform/permissions/catalog';
import type { PermissionApi, SystemSwitches } from '../../../../src/platform/permissions/permission-api';

/**
 * Behaves like WeChat's settings APIs for one person: scopes are undefined until asked, a refusal
 * is remembered and authorize then fails at once, openSetting applies what the person does there,
 * and privacy authorization (104) / declaration (112) gate authorize.
 */
export interface FakeWeChatOptions {
  authSetting?: Partial<Record<Scope, boolean>>;
  mainSwitch?: boolean;
  system?: SystemSwitches;
  privacyAuthorized?: boolean;
  privacyDeclared?: boolean;
  /** What the person taps in our purpose / explanation dialog. */
  confirmsOurDialog?: boolean;
  /** What the person taps in WeChat's own authorize popup. */
  allowsInPopup?: boolean;
  /** What the person does on the settings page: turn the scope on, or leave it. */
  turnsOnInSettings?: boolean;
  /** H5: Taro's stub answers getSetting with "暂时不支持 API". */
  noSettings?: boolean;
}

export function fakeWeChat(options: FakeWeChatOptions = {}) {
  const authSetting: Partial<Record<Scope, boolean>> = { ...options.authSetting };
  let mainSwitch = options.mainSwitch ?? true;
  const calls: string[] = [];
  const modals: { title: string; content: string }[] = [];
  const snapshot = () => ({ authSetting: { ...authSetting }, subscriptionsSetting: { mainSwitch } });

  const api: PermissionApi = {
    async getSetting() {
      calls.push('getSetting');
      if (options.noSettings) throw { errMsg: '暂时不支持 API' };
      return snapshot();
    },
    async authorize({ scope }) {
      calls.push(`authorize:${scope}`);
      if (options.privacyDeclared === false)
        throw { errMsg: 'authorize:fail api scope is not declared in the privacy agreement', errno: 112 };
      if (options.privacyAuthorized === false)
        throw { errMsg: 'authorize:fail privacy permission is not authorized', errno: 104 };
      if (authSetting[scope] === true) return { errMsg: 'authorize:ok' };
      if (authSetting[scope] === false) throw { errMsg: 'authorize:fail auth deny' };
      calls.push('popup');
      authSetting[scope] = options.allowsInPopup ?? true;
      if (!authSetting[scope]) throw { errMsg: 'authorize:fail auth deny' };
      return { errMsg: 'authorize:ok' };
    },
    async openSetting() {
      calls.push('openSetting');
      if (options.turnsOnInSettings) {
        for (const scope of Object.keys(authSetting) as Scope[]) authSetting[scope] = true;
        mainSwitch = true;
      }
      return snapshot();
    },
    getAppAuthorizeSetting() {
      return { ...options.system };
    },
    async openAppAuthorizeSetting() {
      calls.push('openAppAuthorizeSetting');
      return {};
    },
    async showModal(option) {
      calls.push('showModal');
      modals.push({ title: option.title, content: option.content });
      const confirm = options.confirmsOurDialog ?? true;
      return { confirm, cancel: !confirm };
    },
  };
  return { api, calls, modals, authSetting: () => ({ ...authSetting }) };
}
