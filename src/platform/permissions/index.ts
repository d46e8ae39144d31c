/**
 * The one module that reaches the device capabilities of privacy policy §3.3. Pages and features
 * import from here; nothing else in src/ may call the APIs behind them (see the boundary test).
 */
export { PERMISSIONS, PERMISSION_IDS, permissionList } from './catalog';
export type { Feature, Guard, PermissionEntry, PermissionId } from './catalog';
export { ensure } from './ensure';
export type { DenialReason, EnsureResult } from './ensure';
export { openSettingsFor, readPermissionStates } from './states';
export type { PermissionState, PermissionStatus, SettingsTarget } from './states';
export type { CapabilityResult } from './result';
export { locateRegion, pickRegionOnMap } from './location';
export type { LocatedRegion, Point } from './location';
export { REGIONS } from './regions';
export type { Region } from './regions';
export { MEDIA_MAX_BYTES, chooseMediaFiles } from './media';
export type { ChooseMediaOptions, ChosenMedia, MediaChoice } from './media';
export { MATERIAL_RULES, checkFile, chooseMaterialFiles } from './files';
export type { ChosenFile, FileChoice, FileProblem } from './files';
export { previewKind, previewStoredFile } from './file-preview';
export type { PreviewKind } from './file-preview';
export { startVoiceNote } from './voice';
export type { Recording, VoiceNote } from './voice';
export { callServiceLine } from './phone';
export { runFacialVerify } from './face';
export { scanQrCode } from './scan';
export { requestSubscription } from './subscribe';
export type { SubscriptionDecision, SubscriptionDecisions } from './subscribe';
export { watchNetwork } from './network';
export type { NetworkStatus } from './network';
