import { tp } from '../../i18n/packages';
import type { Worded } from '../said/use-said';
import { ensureSensitiveConsent } from './sensitive-consent';

/**
 * Before a face check starts: the face consent first, then the ID number's (the check sends the
 * typed number to WeChat's verification). The cloud refuses without them (CONSENT.SENSITIVE_REQUIRED);
 * asking here means the person decides before the camera opens. Null when both are on record.
 */
export async function ensureFaceConsent(): Promise<Worded | null> {
  for (const purpose of ['face-verification', 'id-number'] as const) {
    const result = await ensureSensitiveConsent(purpose);
    if (result.status === 'failed') return result;
    if (result.status !== 'granted')
      return {
        get message() {
          return tp.sensitiveConsent.refused(tp.sensitiveConsent.purposes[purpose].name);
        },
      };
  }
  return null;
}
