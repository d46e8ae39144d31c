import { ROUTES, currentRoute, navigate } from '../../platform/navigation';
import { leadToConsent } from './consent-redirect';

/**
 * A staff member who has not set up the second factor is refused every staff action
 * (STAFF.FACTOR_ENROL_REQUIRED): whatever the screen, they are taken to the 二次验证 page. The
 * calling page still shows the refusal; coming back returns to it.
 */
export function leadToFactorSetup(code: string): void {
  if (code !== 'STAFF.FACTOR_ENROL_REQUIRED' || currentRoute() === ROUTES.staffFactor) return;
  navigate(ROUTES.staffFactor);
}

/** Every refusal that has a place to be answered: consent first, then the staff factor. */
export function leadToAnswer(code: string): void {
  leadToConsent(code);
  leadToFactorSetup(code);
}
