import { t } from '../../i18n';
import { wxApi } from '../wx-api';
import { classifyFailure, failureMessage } from './failure';
import type { CapabilityResult } from './result';

/**
 * Dials the service line; WeChat asks the person to confirm the call. Kept apart from the catalog
 * and ensure() (no scope to ask for) so the home page can offer it within the main package budget.
 */
export async function callServiceLine(): Promise<CapabilityResult<void>> {
  try {
    await wxApi.makePhoneCall({ phoneNumber: t.app.serviceLine });
    return { status: 'ok', value: undefined };
  } catch (error) {
    const kind = classifyFailure(error);
    if (kind === 'cancelled') return { status: 'cancelled' };
    const { name, refusal } = t.permissions.phoneCall;
    const message = failureMessage(kind, refusal, name);
    if (kind === 'unsupported' || kind === 'failed') return { status: 'unavailable', message };
    return { status: 'denied', reason: kind, message };
  }
}
