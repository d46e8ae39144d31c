import { tOidc } from '../../i18n/oidc';
import { ROUTES, navigate } from '../../platform/navigation';
import { scanQrCode } from '../../platform/permissions';
import { useSaid } from '../said/use-said';
import { consentQueryOfScan } from './consent-source';

/**
 * 扫码登录网页服务: a web service shows a QR (scan-to-sign-in); the person scans it here, through
 * the permissions module, and reads that service's request on the consent page before approving.
 */
export function useScanSignIn() {
  const [error, say] = useSaid(tOidc.scan);

  async function scan() {
    say(null);
    const scanned = await scanQrCode();
    if (scanned.status === 'cancelled') return;
    if (scanned.status !== 'ok') return say(scanned.message ? scanned : 'failed');
    const query = consentQueryOfScan(scanned.value);
    if (!query) return say('notOurs');
    navigate(ROUTES.oidcConsent, query);
  }

  return { error, scan };
}
