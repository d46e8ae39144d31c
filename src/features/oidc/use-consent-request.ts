import { useCallback, useEffect, useState } from 'react';
import { OAUTH_ERROR_OF, type OidcRequestView } from '../../../cloudfunctions/lib/contract/oidc';
import { answerCaller } from '../../platform/other-mini-program';
import { consentSource, type ConsentSource } from './consent-source';
import { oidcApi } from './oidc-api';
import { useSaid } from '../said/use-said';

export type ConsentOutcome = 'approved' | 'refused' | null;

const stateOf = (source: ConsentSource | null): Record<string, string> =>
  source?.kind === 'request' && source.request.state ? { state: source.request.state } : {};

/**
 * The request a service sent: from another mini-program's extraData (navigateToMiniProgram), a
 * scanned QR session, or the page query. Approving or refusing answers the calling mini-program
 * when there is one, or the QR session the service polls; the server checks everything again.
 */
export function useConsentRequest() {
  const [source, setSource] = useState<ConsentSource | null>(null);
  const [view, setView] = useState<OidcRequestView | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useSaid();
  const [outcome, setOutcome] = useState<ConsentOutcome>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const found = consentSource();
    setSource(found);
    if (!found) {
      setLoading(false);
      return;
    }
    const described =
      found.kind === 'qr' ? oidcApi.describeQr(found.qrId) : oidcApi.describe(found.request, found.referrerAppId);
    void described.then(async (result) => {
      if (result.ok) setView(result.data);
      else {
        setError(result.error);
        // RFC 6749 §4.1.2.1: a caller that may not ask for this client is told so, not left waiting.
        const oauthError = OAUTH_ERROR_OF[result.error.code];
        if (found.kind === 'request' && found.referrerAppId && oauthError)
          await answerCaller({ error: oauthError, ...stateOf(found) });
      }
      setLoading(false);
    });
  }, []);

  const approve = useCallback(async () => {
    if (!source || busy) return;
    setBusy(true);
    if (source.kind === 'qr') {
      const result = await oidcApi.approveQr(source.qrId);
      setBusy(false);
      if (!result.ok) setError(result.error);
      else setOutcome('approved');
      return;
    }
    const result = await oidcApi.approve(source.request, source.referrerAppId);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const back = new URL(result.data.redirect);
    setOutcome('approved');
    await answerCaller({ code: back.searchParams.get('code') ?? '', ...stateOf(source) });
  }, [source, busy]);

  // RFC 6749 §4.1.2.1: a refusal is access_denied, with the service's state returned.
  const refuse = useCallback(async () => {
    setOutcome('refused');
    if (source?.kind === 'qr') await oidcApi.denyQr(source.qrId);
    else await answerCaller({ error: 'access_denied', ...stateOf(source) });
  }, [source]);

  return { request: source, view, loading, error, outcome, busy, approve, refuse };
}
