import type { ConsentChannel, Guardian, SensitivePurpose } from '../../../cloudfunctions/lib/contract/consent';
import { ageBand } from '../../../cloudfunctions/lib/contract/minor';
import { tp } from '../../i18n/packages';
import { confirm } from '../../platform/dialog';
import { consentApi } from './consent-api';
import { refusalOf, refusalText, type ClientError } from '../../i18n/server-errors';

export type SensitiveConsentResult =
  | { status: 'granted' }
  | { status: 'refused' }
  | { status: 'guardian-required' }
  | { status: 'failed'; readonly message: string };

export interface SensitiveConsentOptions {
  /** The person's birth date (from their ID number) when known: under 14 takes the guardian path. */
  birthDate?: string;
  /** Who consents for a child under 14, once the feature has asked for them. */
  guardian?: Guardian;
  now?: Date;
  /** Where the person decides: a feature by default, or the privacy center's switch. */
  channel?: ConsentChannel;
}

/** What this session already knows is on record, so a feature does not ask twice. */
const known = new Map<SensitivePurpose, boolean>();

/** The cloud's refusal, worded when read: a screen keeping the result shows it in the current language. */
function failed(error: ClientError): SensitiveConsentResult {
  return {
    status: 'failed',
    get message() {
      return refusalText(refusalOf(error));
    },
  };
}

export function forgetSensitiveConsent(purpose?: SensitivePurpose): void {
  if (purpose) known.delete(purpose);
  else known.clear();
}

async function isGranted(purpose: SensitivePurpose): Promise<boolean | ClientError> {
  if (known.has(purpose)) return known.get(purpose) === true;
  const status = await consentApi.status();
  if (!status.ok) return status.error;
  for (const item of status.data.sensitive) known.set(item.purpose, item.granted);
  return known.get(purpose) === true;
}

async function ask(
  purpose: SensitivePurpose,
  guardian: Guardian | undefined,
  channel: ConsentChannel,
): Promise<SensitiveConsentResult> {
  const { name, use } = tp.sensitiveConsent.purposes[purpose];
  const agreed = await confirm({
    title: tp.sensitiveConsent.title(name),
    content: guardian ? `${tp.sensitiveConsent.guardianContent}${use}` : tp.sensitiveConsent.content(name, use),
    confirmText: tp.sensitiveConsent.agree,
    cancelText: tp.sensitiveConsent.refuse,
  });
  if (!agreed) return { status: 'refused' };
  const result = await consentApi.grantSensitive(purpose, channel, guardian);
  if (!result.ok) return failed(result.error);
  known.set(purpose, true);
  return { status: 'granted' };
}

/**
 * Separate consent, asked when a feature needs it (PIPL art. 29): already on record → granted at
 * once; otherwise the purpose is explained and the answer recorded. For a child under 14 the
 * guardian consents, first to processing the minor's data at all (art. 31), then to the purpose.
 */
export async function ensureSensitiveConsent(
  purpose: SensitivePurpose,
  options: SensitiveConsentOptions = {},
): Promise<SensitiveConsentResult> {
  const child = options.birthDate !== undefined && ageBand(options.birthDate, options.now ?? new Date()) === 'child';
  if (child && !options.guardian) return { status: 'guardian-required' };
  const purposes: SensitivePurpose[] = child && purpose !== 'minor-data' ? ['minor-data', purpose] : [purpose];
  for (const each of purposes) {
    const granted = await isGranted(each);
    if (typeof granted !== 'boolean') return failed(granted);
    if (granted) continue;
    const guardian = each === 'minor-data' || child ? options.guardian : undefined;
    const result = await ask(each, guardian, options.channel ?? 'feature');
    if (result.status !== 'granted') return result;
  }
  return { status: 'granted' };
}

export async function withdrawSensitiveConsent(purpose: SensitivePurpose): Promise<SensitiveConsentResult> {
  const result = await consentApi.withdrawSensitive(purpose, 'privacy-center');
  if (!result.ok) return failed(result.error);
  known.set(purpose, false);
  return { status: 'refused' };
}
