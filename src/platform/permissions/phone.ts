import { t } from '../../i18n';
import { wxApi } from '../wx-api';
import { failed, ok, type CapabilityResult } from './result';

/** Dials the service line; WeChat asks the person to confirm the call. */
export async function callServiceLine(): Promise<CapabilityResult<void>> {
  try {
    await wxApi.makePhoneCall({ phoneNumber: t.app.serviceLine });
    return ok(undefined);
  } catch (error) {
    return failed('phoneCall', error);
  }
}
