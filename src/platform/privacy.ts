import { wxApi } from './wx-api';

/**
 * WeChat's privacy authorization (`__usePrivacyCheck__`). When an API that collects personal
 * information runs before the person agreed, WeChat holds it and asks us; the agreement screen
 * answers with its `agreePrivacyAuthorization` button. Only the last registration counts, so the
 * listener is registered once here. In H5 there is no such check: nothing is ever pending.
 */
type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

/** The id of the agree button; WeChat checks that this very button was tapped before resuming. */
export const PRIVACY_AGREE_BUTTON_ID = 'agreement-agree';

const supported = process.env.TARO_ENV === 'weapp';
const pending: Resolve[] = [];
let installed = false;

/** Registers the one listener; `onNeed` is told which API or component is waiting. */
export function installPrivacyAuthorization(onNeed: (referrer: string) => void): void {
  if (installed || !supported) return;
  installed = true;
  wxApi.onNeedPrivacyAuthorization((resolve, eventInfo) => {
    pending.push(resolve);
    onNeed(eventInfo?.referrer ?? '');
  });
}

export function hasPendingPrivacyRequest(): boolean {
  return pending.length > 0;
}

/** Tells WeChat our own privacy screen is showing for the waiting calls. */
export function reportPrivacyExposure(): void {
  for (const resolve of pending) resolve({ event: 'exposureAuthorization' });
}

/** After the agree button's `agreeprivacyauthorization` event: the waiting calls go on. */
export function agreePrivacy(): void {
  for (const resolve of pending.splice(0)) resolve({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID });
}

/** On refusal, or when the screen closes without agreement: the waiting calls fail cleanly (errno 104). */
export function refusePrivacy(): void {
  for (const resolve of pending.splice(0)) resolve({ event: 'disagree' });
}

/** Whether WeChat would ask before the next privacy API; always false where there is no such check. */
export function privacyAuthorizationNeeded(): Promise<boolean> {
  if (!supported) return Promise.resolve(false);
  return new Promise((resolve) => {
    wxApi.getPrivacySetting({
      success: (result) => resolve(result.needAuthorization),
      fail: () => resolve(false),
    });
  });
}
