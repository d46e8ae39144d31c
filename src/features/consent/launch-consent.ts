import { CURRENT_POLICIES } from '../../../policies/generated';
import { readStored, removeStored, writeStored } from '../../platform/storage';

export type LaunchConsent = 'accepted' | 'declined' | 'undecided';

/** The documents a person agrees to at first launch, read together as one decision. */
export const LAUNCH_DOCUMENTS = [CURRENT_POLICIES['user-agreement'], CURRENT_POLICIES['privacy-policy']] as const;

/** One key for the exact versions shown, so a new version of either document asks again. */
export function launchConsentKey(): string {
  return LAUNCH_DOCUMENTS.map((doc) => `${doc.id}@${doc.version}#${doc.sha256.slice(0, 12)}`).join('+');
}

export function readLaunchConsent(): LaunchConsent {
  const accepted = readStored('consent.accepted');
  if (accepted && accepted.version === launchConsentKey()) return 'accepted';
  return readStored('consent.declined') ? 'declined' : 'undecided';
}

export function acceptLaunchConsent(now: Date): void {
  writeStored('consent.accepted', { version: launchConsentKey(), acceptedAt: now.toISOString() });
  removeStored('consent.declined');
}

export function declineLaunchConsent(now: Date): void {
  writeStored('consent.declined', { declinedAt: now.toISOString() });
  removeStored('consent.accepted');
}
