import { openAgreement } from '../../platform/agreement-route';
import { ROUTES, currentRoute, navigate, type Route } from '../../platform/navigation';

/** Where each consent refusal is answered: the launch gate, or the privacy center's separate consents. */
const WAY_BACK: Record<string, { route: Route; query?: Record<string, string> }> = {
  'CONSENT.REQUIRED': { route: ROUTES.agreement },
  'CONSENT.SENSITIVE_REQUIRED': { route: ROUTES.privacyCenter, query: { focus: 'sensitive' } },
};

/**
 * The cloud refused a call because consent is missing (withdrawn, a new version, or a separate
 * consent never given): whatever the call, the person is taken to where they can give it. The page
 * that called still shows the refusal's message; coming back returns to it.
 */
export function leadToConsent(code: string): void {
  const target = WAY_BACK[code];
  if (!target || currentRoute() === target.route) return;
  if (target.route === ROUTES.agreement) openAgreement('navigate');
  else navigate(target.route, target.query);
}
