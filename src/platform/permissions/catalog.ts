import { t } from '../../i18n';
import { tp } from '../../i18n/packages';

/** The nine device permissions of privacy policy §3.3, in the policy's order. */
export const PERMISSION_IDS = [
  'location',
  'album',
  'camera',
  'microphone',
  'phoneState',
  'network',
  'phoneCall',
  'push',
  'files',
] as const;

export type PermissionId = (typeof PERMISSION_IDS)[number];

/** The WeChat scopes this app asks for (authorize / getSetting / openSetting). */
export type Scope = 'scope.userLocation' | 'scope.camera' | 'scope.record';

/** Switches WeChat itself needs from the phone's system (getAppAuthorizeSetting). */
export type SystemSwitch = 'locationAuthorized' | 'albumAuthorized' | 'cameraAuthorized' | 'microphoneAuthorized';

/**
 * How WeChat guards the capability:
 * - scope: a mini-program scope (asked with authorize, changed in openSetting);
 * - picker: no scope; the person picks or confirms in WeChat's own sheet each time;
 * - subscription: per-template consent from requestSubscribeMessage, a main switch in openSetting;
 * - none: no permission exists in a mini-program (network type);
 * - app-only: an Android-app permission with no mini-program API at all.
 */
export type Guard = 'scope' | 'picker' | 'subscription' | 'none' | 'app-only';

export type Feature =
  | 'switch-city'
  | 'fill-region'
  | 'upload-media'
  | 'face-verification'
  | 'scan-to-sign-in'
  | 'feedback-voice'
  | 'offline-banner'
  | 'call-service-line'
  | 'request-updates'
  | 'upload-materials';

export interface PermissionEntry {
  id: PermissionId;
  guard: Guard;
  scope?: Scope;
  system?: SystemSwitch;
  /** The wx APIs behind it; each is an entry of src/platform/wx-api.ts used only by this module. */
  apis: readonly string[];
  /** APIs WeChat requires in app.json `requiredPrivateInfos`. */
  privateInfos: readonly string[];
  features: readonly Feature[];
  name: string;
  /** What the privacy policy says it is for, and what refusing costs. */
  purpose: string;
  refusal: string;
}

/**
 * The texts live with the subpackage screens (tp) that show them; the service line's is in the core
 * catalog because the home page, in the main package, offers the call (issue 18).
 */
const text = { ...tp.permissions.items, phoneCall: t.permissions.phoneCall };

/**
 * An entry whose texts are read from the live catalog at each use: copied at load they would stay in
 * the language of the launch after a language switch in place (src/i18n/locale-store.ts).
 */
function described<const E extends object>(
  entry: E,
  live: { readonly name: string; readonly purpose: string; readonly refusal: string },
): E & Pick<PermissionEntry, 'name' | 'purpose' | 'refusal'> {
  return Object.defineProperties(entry, {
    name: { get: () => live.name, enumerable: true },
    purpose: { get: () => live.purpose, enumerable: true },
    refusal: { get: () => live.refusal, enumerable: true },
  }) as E & Pick<PermissionEntry, 'name' | 'purpose' | 'refusal'>;
}

export const PERMISSIONS: { readonly [K in PermissionId]: PermissionEntry & { id: K } } = {
  location: described(
    {
      id: 'location',
      guard: 'scope',
      scope: 'scope.userLocation',
      system: 'locationAuthorized',
      apis: ['getLocation', 'chooseLocation'],
      privateInfos: ['getLocation', 'chooseLocation'],
      features: ['switch-city', 'fill-region'],
    },
    text.location,
  ),
  album: described(
    {
      id: 'album',
      guard: 'picker',
      system: 'albumAuthorized',
      apis: ['chooseMedia'],
      privateInfos: [],
      features: ['upload-media'],
    },
    text.album,
  ),
  camera: described(
    {
      id: 'camera',
      guard: 'scope',
      scope: 'scope.camera',
      system: 'cameraAuthorized',
      apis: ['chooseMedia', 'requestFacialVerify', 'scanCode'],
      privateInfos: [],
      features: ['face-verification', 'upload-media', 'scan-to-sign-in'],
    },
    text.camera,
  ),
  microphone: described(
    {
      id: 'microphone',
      guard: 'scope',
      scope: 'scope.record',
      system: 'microphoneAuthorized',
      apis: ['getRecorderManager'],
      privateInfos: [],
      features: ['feedback-voice'],
    },
    text.microphone,
  ),
  phoneState: described(
    {
      id: 'phoneState',
      guard: 'app-only',
      apis: [],
      privateInfos: [],
      features: [],
    },
    text.phoneState,
  ),
  network: described(
    {
      id: 'network',
      guard: 'none',
      apis: ['getNetworkType', 'onNetworkStatusChange', 'offNetworkStatusChange'],
      privateInfos: [],
      features: ['offline-banner'],
    },
    text.network,
  ),
  phoneCall: described(
    {
      id: 'phoneCall',
      guard: 'picker',
      apis: ['makePhoneCall'],
      privateInfos: [],
      features: ['call-service-line'],
    },
    text.phoneCall,
  ),
  push: described(
    {
      id: 'push',
      guard: 'subscription',
      apis: ['requestSubscribeMessage'],
      privateInfos: [],
      features: ['request-updates'],
    },
    text.push,
  ),
  files: described(
    {
      id: 'files',
      guard: 'picker',
      apis: ['chooseMessageFile'],
      privateInfos: [],
      features: ['upload-materials'],
    },
    text.files,
  ),
};

/** The `permission` block of app.config: scopes WeChat shows with a purpose (≤ 30 characters). */
export const SCOPE_DESCRIPTIONS: Readonly<Partial<Record<Scope, string>>> = {
  'scope.userLocation': text.location.scopeDesc,
};

export function permissionList(): PermissionEntry[] {
  return PERMISSION_IDS.map((id) => PERMISSIONS[id]);
}
