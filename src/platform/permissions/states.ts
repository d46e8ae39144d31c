import { PERMISSION_IDS, PERMISSIONS, type PermissionEntry, type PermissionId } from './catalog';
import { readSettings, systemSwitchDenied } from './ensure';
import { defaultPermissionApi, type PermissionApi, type SettingsSnapshot } from './permission-api';

/** What the permissions page shows for each permission. */
export type PermissionState = 'granted' | 'denied' | 'not-asked' | 'ask-on-use' | 'always' | 'app-only' | 'unknown';

/** Where a tap on "change" leads: the mini-program's settings, or WeChat's own system switches. */
export type SettingsTarget = 'mini-program' | 'wechat-app' | null;

export interface PermissionStatus {
  id: PermissionId;
  state: PermissionState;
  target: SettingsTarget;
}

function stateOf(entry: PermissionEntry, settings: SettingsSnapshot | null, systemDenied: boolean): PermissionStatus {
  const id = entry.id;
  if (entry.guard === 'app-only') return { id, state: 'app-only', target: null };
  if (entry.guard === 'none') return { id, state: 'always', target: null };
  if (systemDenied) return { id, state: 'denied', target: 'wechat-app' };
  if (entry.guard === 'picker') return { id, state: 'ask-on-use', target: null };
  if (!settings) return { id, state: 'unknown', target: null };
  if (entry.guard === 'subscription') {
    const off = settings.subscriptionsSetting?.mainSwitch === false;
    return { id, state: off ? 'denied' : 'ask-on-use', target: 'mini-program' };
  }
  if (!entry.scope) return { id, state: 'ask-on-use', target: null };
  const value = settings.authSetting?.[entry.scope];
  const state: PermissionState = value === true ? 'granted' : value === false ? 'denied' : 'not-asked';
  return { id, state, target: state === 'not-asked' ? null : 'mini-program' };
}

/** Every permission's current state, read from getSetting and getAppAuthorizeSetting. Never rejects. */
export async function readPermissionStates(api: PermissionApi = defaultPermissionApi): Promise<PermissionStatus[]> {
  const settings = await readSettings(api, true);
  return PERMISSION_IDS.map((id) => stateOf(PERMISSIONS[id], settings, systemSwitchDenied(PERMISSIONS[id], api)));
}

/**
 * Opens the page where the person changes a permission; resolves false when there is none to open
 * (H5) or WeChat refused. Call it from a tap: WeChat opens settings only from one.
 */
export async function openSettingsFor(
  target: SettingsTarget,
  api: PermissionApi = defaultPermissionApi,
): Promise<boolean> {
  if (!target) return false;
  try {
    if (target === 'wechat-app') await api.openAppAuthorizeSetting({});
    else await api.openSetting({ withSubscriptions: true });
    return true;
  } catch {
    return false;
  }
}
