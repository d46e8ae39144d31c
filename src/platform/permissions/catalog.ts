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

type PermissionTexts = Pick<PermissionEntry, 'name' | 'purpose' | 'refusal'>;

/**
 * The texts live with the subpackage screens (tp) that show them; the service line's is in the core
 * catalog because the home page, in the main package, offers the call (issue 18). Read when asked,
 * never copied at load: a language switch rewrites the catalogs in place, and a permission named
 * at load would stay in the language the app started in.
 */
function textsOf(id: PermissionId): PermissionTexts {
  return id === 'phoneCall' ? t.permissions.phoneCall : tp.permissions.items[id];
}

/** An entry whose name, purpose and refusal read the current catalog (getters, not copies). */
function withTexts<E extends Omit<PermissionEntry, keyof PermissionTexts>>(entry: E): E & PermissionTexts {
  const read = (key: keyof PermissionTexts) => ({ get: () => textsOf(entry.id)[key], enumerable: true });
  return Object.defineProperties(entry, {
    name: read('name'),
    purpose: read('purpose'),
    refusal: read('refusal'),
  }) as E & PermissionTexts;
}

export const PERMISSIONS: { readonly [K in PermissionId]: PermissionEntry & { id: K } } = {
  location: withTexts({
    id: 'location' as const,
    guard: 'scope',
    scope: 'scope.userLocation',
    system: 'locationAuthorized',
    apis: ['getLocation', 'chooseLocation'],
    privateInfos: ['getLocation', 'chooseLocation'],
    features: ['switch-city', 'fill-region'],
  }),
  album: withTexts({
    id: 'album' as const,
    guard: 'picker',
    system: 'albumAuthorized',
    apis: ['chooseMedia'],
    privateInfos: [],
    features: ['upload-media'],
  }),
  camera: withTexts({
    id: 'camera' as const,
    guard: 'scope',
    scope: 'scope.camera',
    system: 'cameraAuthorized',
    apis: ['chooseMedia', 'requestFacialVerify', 'scanCode'],
    privateInfos: [],
    features: ['face-verification', 'upload-media', 'scan-to-sign-in'],
  }),
  microphone: withTexts({
    id: 'microphone' as const,
    guard: 'scope',
    scope: 'scope.record',
    system: 'microphoneAuthorized',
    apis: ['getRecorderManager'],
    privateInfos: [],
    features: ['feedback-voice'],
  }),
  phoneState: withTexts({
    id: 'phoneState' as const,
    guard: 'app-only',
    apis: [],
    privateInfos: [],
    features: [],
  }),
  network: withTexts({
    id: 'network' as const,
    guard: 'none',
    apis: ['getNetworkType', 'onNetworkStatusChange', 'offNetworkStatusChange'],
    privateInfos: [],
    features: ['offline-banner'],
  }),
  phoneCall: withTexts({
    id: 'phoneCall' as const,
    guard: 'picker',
    apis: ['makePhoneCall'],
    privateInfos: [],
    features: ['call-service-line'],
  }),
  push: withTexts({
    id: 'push' as const,
    guard: 'subscription',
    apis: ['requestSubscribeMessage'],
    privateInfos: [],
    features: ['request-updates'],
  }),
  files: withTexts({
    id: 'files' as const,
    guard: 'picker',
    apis: ['chooseMessageFile'],
    privateInfos: [],
    features: ['upload-materials'],
  }),
};

/** The `permission` block of app.config: scopes WeChat shows with a purpose (≤ 30 characters). */
export const SCOPE_DESCRIPTIONS: Readonly<Partial<Record<Scope, string>>> = {
  'scope.userLocation': tp.permissions.items.location.scopeDesc,
};

export function permissionList(): PermissionEntry[] {
  return PERMISSION_IDS.map((id) => PERMISSIONS[id]);
}
