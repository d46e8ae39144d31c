import { wxApi } from '../wx-api';
import type { Scope, SystemSwitch } from './catalog';

export interface SettingsSnapshot {
  authSetting?: Partial<Record<Scope, boolean>>;
  subscriptionsSetting?: { mainSwitch?: boolean };
}

/** WeChat reports each system switch as 'authorized', 'denied' or 'not determined'. */
export type SystemSwitches = Partial<Record<SystemSwitch, string>>;

/**
 * The part of the wx API table that `ensure` and the permissions page need. It is a parameter so
 * the tests can stand in for WeChat; production passes `wxApi`.
 */
export interface PermissionApi {
  getSetting(option?: { withSubscriptions?: boolean }): Promise<SettingsSnapshot>;
  authorize(option: { scope: Scope }): Promise<unknown>;
  openSetting(option?: { withSubscriptions?: boolean }): Promise<SettingsSnapshot>;
  getAppAuthorizeSetting(): SystemSwitches;
  openAppAuthorizeSetting(option: object): Promise<unknown>;
  showModal(option: {
    title: string;
    content: string;
    confirmText?: string;
    cancelText?: string;
    showCancel?: boolean;
  }): Promise<{ confirm: boolean }>;
}

export const defaultPermissionApi: PermissionApi = wxApi;
