import { useState } from 'react';
import { tOidc } from '../../i18n/oidc';
import { ROUTES, navigate } from '../../platform/navigation';
import { scanQrCode } from '../../platform/permissions';
import { consentQueryOfScan } from './consent-source';

/**
 * 扫码登录网页服务: a web service shows a QR (scan-to-sign-in); the person scans it here, through
 * the permissions module, and reads that service's request on the consent page before approving.
 */
export function useScanSignIn() {
  const [error, setError] = useState('');

  async function scan() {
    setError('');
    const scanned = await scanQrCode();
    if (scanned.status === 'cancelled') return;
    if (scanned.status !== 'ok') return setError(scanned.message || tOidc.scan.failed);
    const query = consentQueryOfScan(scanned.value);
    if (!query) return setError(tOidc.scan.notOurs);
    navigate(ROUTES.oidcConsent, query);
  }

  return { error, scan };
}
