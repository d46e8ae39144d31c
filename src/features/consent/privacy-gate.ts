import { ROUTES, navigate } from '../../platform/navigation';
import { installPrivacyAuthorization } from '../../platform/privacy';

let agreementOpen = false;

/** The agreement screen says when it is showing, so a privacy request does not open it twice. */
export function markAgreementScreen(open: boolean): void {
  agreementOpen = open;
}

/**
 * WeChat's privacy authorization answered by the same screen as the agreement: when an API that
 * collects personal information waits for authorization, the agreement screen opens over the page.
 */
export function startPrivacyGate(): void {
  installPrivacyAuthorization(() => {
    if (!agreementOpen) navigate(ROUTES.agreement, { reason: 'privacy' });
  });
}
