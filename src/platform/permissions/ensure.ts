import { t } from '../../i18n';
import { tp } from '../../i18n/packages';
import { PERMISSIONS, type PermissionEntry, type PermissionId } from './catalog';
import { classifyFailure, failureMessage, type FailureKind } from './failure';
import { defaultPermissionApi, type PermissionApi, type SettingsSnapshot } from './permission-api';

export type DenialReason =
  'dismissed' | 'refused' | 'system-denied' | 'privacy-not-authorized' | 'privacy-not-declared';

export type EnsureResult =
  | { status: 'granted' }
  | { status: 'denied'; reason: DenialReason; message: string }
  | { status: 'unavailable'; message: string };

const GRANTED: EnsureResult = { status: 'granted' };

/** getSetting's answer, or null where there are no WeChat settings (H5: the browser asks itself). */
export async function readSettings(api: PermissionApi, withSubscriptions = false): Promise<SettingsSnapshot | null> {
  try {
    const settings = await api.getSetting(withSubscriptions ? { withSubscriptions } : undefined);
    return settings && typeof settings.authSetting === 'object' ? settings : null;
  } catch {
    return null;
  }
}

export function systemSwitchDenied(entry: PermissionEntry, api: PermissionApi): boolean {
  if (!entry.system) return false;
  try {
    return api.getAppAuthorizeSetting()[entry.system] === 'denied';
  } catch {
    return false;
  }
}

/**
 * Why a capability is not there, worded when read: a screen that keeps the result shows it in the
 * language of its render (a language switch in place), not in the one of the tap.
 */
export function unavailable(words: () => string): { status: 'unavailable'; message: string } {
  return {
    status: 'unavailable',
    get message() {
      return words();
    },
  };
}

export function fromFailure(entry: PermissionEntry, kind: FailureKind): EnsureResult {
  if (kind === 'unsupported') return unavailable(() => t.permissions.unavailable);
  if (kind === 'failed') return unavailable(() => t.permissions.failed);
  if (kind === 'cancelled') return denied(entry, 'dismissed');
  return denied(entry, kind);
}

function denied(entry: PermissionEntry, reason: DenialReason): EnsureResult {
  return {
    status: 'denied',
    reason,
    // Worded when read, like `unavailable`.
    get message() {
      return failureMessage(reason === 'dismissed' ? 'refused' : reason, entry.refusal, entry.name);
    },
  };
}

async function confirm(api: PermissionApi, title: string, content: string, yes: string, no: string): Promise<boolean> {
  const answer = await api.showModal({ title, content, confirmText: yes, cancelText: no });
  return answer.confirm === true;
}

/** After a refusal WeChat will not ask again: explain, and open the settings page from the tap. */
async function offerSettings(entry: PermissionEntry, api: PermissionApi): Promise<EnsureResult> {
  const p = tp.permissions;
  const go = await confirm(api, p.deniedTitle(entry.name), p.deniedContent(entry.refusal), p.openSettings, p.later);
  if (!go) return denied(entry, 'refused');
  const settings = await api.openSetting(entry.guard === 'subscription' ? { withSubscriptions: true } : undefined);
  return isAllowed(entry, settings) ? GRANTED : denied(entry, 'refused');
}

function isAllowed(entry: PermissionEntry, settings: SettingsSnapshot): boolean {
  if (entry.guard === 'subscription') return settings.subscriptionsSetting?.mainSwitch !== false;
  return entry.scope !== undefined && settings.authSetting?.[entry.scope] === true;
}

async function ensureScope(entry: PermissionEntry, api: PermissionApi): Promise<EnsureResult> {
  const settings = await readSettings(api);
  if (!settings || !entry.scope) return GRANTED;
  const state = settings.authSetting?.[entry.scope];
  if (state === true) return GRANTED;
  if (state === false) return offerSettings(entry, api);
  const p = tp.permissions;
  const go = await confirm(api, p.askTitle(entry.name), entry.purpose, p.askConfirm, p.askCancel);
  if (!go) return denied(entry, 'dismissed');
  try {
    await api.authorize({ scope: entry.scope });
    return GRANTED;
  } catch (error) {
    return fromFailure(entry, classifyFailure(error));
  }
}

async function ensureSubscription(entry: PermissionEntry, api: PermissionApi): Promise<EnsureResult> {
  const settings = await readSettings(api, true);
  if (settings?.subscriptionsSetting?.mainSwitch === false) return offerSettings(entry, api);
  return GRANTED;
}

async function ensureEntry(entry: PermissionEntry, api: PermissionApi): Promise<EnsureResult> {
  if (entry.guard === 'app-only') return unavailable(() => entry.purpose);
  if (entry.guard === 'none') return GRANTED;
  if (systemSwitchDenied(entry, api)) {
    await api.showModal({
      title: tp.permissions.deniedTitle(entry.name),
      content: t.permissions.systemDenied(entry.name),
      showCancel: false,
    });
    return denied(entry, 'system-denied');
  }
  if (entry.guard === 'scope') return ensureScope(entry, api);
  if (entry.guard === 'subscription') return ensureSubscription(entry, api);
  return GRANTED;
}

/**
 * Makes sure a permission may be used now, following WeChat's rules: read getSetting; if never
 * asked, show the purpose and ask with authorize; if refused before, explain and offer openSetting
 * (which WeChat allows only from a tap — call this from one). Picker-style capabilities are left
 * for WeChat's own sheet to ask. Resolves to a typed result and never rejects.
 */
export async function ensure(id: PermissionId, api: PermissionApi = defaultPermissionApi): Promise<EnsureResult> {
  const entry = PERMISSIONS[id];
  try {
    return await ensureEntry(entry, api);
  } catch (error) {
    return fromFailure(entry, classifyFailure(error));
  }
}
