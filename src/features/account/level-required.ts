import { ROUTES, navigate } from '../../platform/navigation';

/**
 * A submit the cloud refused because the person's real name is not verified enough
 * (IDENTITY.LEVEL_REQUIRED: a matter, agent grant or enterprise registration needing L2) leads to
 * the 实名核验 page; the refusal's message stays on the form. True when it led there.
 */
export function leadToVerification(error: { code: string }): boolean {
  if (error.code !== 'IDENTITY.LEVEL_REQUIRED') return false;
  navigate(ROUTES.accountIdentity);
  return true;
}
