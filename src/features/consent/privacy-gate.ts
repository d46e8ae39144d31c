import { agreementShowing } from '../../platform/agreement-route';
import { ROUTES, navigate } from '../../platform/navigation';
import { installPrivacyAuthorization } from '../../platform/privacy';

/**
 * WeChat's privacy authorization answered by the same screen as the agreement: when an API that
 * collects personal information waits for authorization, the agreement screen opens over the page.
 */
export function startPrivacyGate(): void {
  installPrivacyAuthorization(() => {
    if (!agreementShowing()) navigate(ROUTES.agreement, { reason: 'privacy' });
  });
}
