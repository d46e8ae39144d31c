import { agreementShowing, markAgreementShowing } from '../../platform/agreement-route';
import { ROUTES, navigate } from '../../platform/navigation';
import { installPrivacyAuthorization } from '../../platform/privacy';

/** The agreement screen says when it is showing, so neither a privacy request nor a refusal opens it twice. */
export const markAgreementScreen = markAgreementShowing;

/**
 * WeChat's privacy authorization answered by the same screen as the agreement: when an API that
 * collects personal information waits for authorization, the agreement screen opens over the page.
 */
export function startPrivacyGate(): void {
  installPrivacyAuthorization(() => {
    if (!agreementShowing()) navigate(ROUTES.agreement, { reason: 'privacy' });
  });
}
