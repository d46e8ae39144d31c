import { useCallback, useEffect, useState } from 'react';
import type { OidcAuthorizationRequest, OidcRequestView } from '../../../cloudfunctions/lib/contract/oidc';
import { pageQuery } from '../../platform/navigation';
import { answerCaller, requestFromCaller } from '../../platform/other-mini-program';
import { oidcApi } from './oidc-api';

/** The OAuth parameters a request may carry; anything else in the query or extraData is ignored. */
const PARAMS = [
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
];

/**
 * extraData arrives as an object, as sent; a query arrives still encoded, and services' OAuth
 * libraries encode it as a form (a space as `+`, URLSearchParams), so it is decoded that way.
 */
function pick(source: Record<string, unknown>, encoded: boolean): OidcAuthorizationRequest | null {
  const request: OidcAuthorizationRequest = {};
  for (const name of PARAMS) {
    const value = source[name];
    if (typeof value === 'string') request[name] = encoded ? decodeURIComponent(value.replace(/\+/g, ' ')) : value;
  }
  return request.client_id ? request : null;
}

export type ConsentOutcome = 'approved' | 'refused' | null;

/**
 * The request a service sent: from another mini-program's extraData (navigateToMiniProgram), else
 * from the page query (a scanned link, the browser build). Approving or refusing answers the
 * calling mini-program when there is one; the server checks everything again.
 */
export function useConsentRequest() {
  const [request, setRequest] = useState<OidcAuthorizationRequest | null>(null);
  const [view, setView] = useState<OidcRequestView | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const [outcome, setOutcome] = useState<ConsentOutcome>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const caller = requestFromCaller();
    const found = caller ? pick(caller.extraData, false) : pick(pageQuery(), true);
    setRequest(found);
    if (!found) {
      setLoading(false);
      return;
    }
    void oidcApi.describe(found).then((result) => {
      if (result.ok) setView(result.data);
      else setError(result.error.message);
      setLoading(false);
    });
  }, []);

  const approve = useCallback(async () => {
    if (!request || busy) return;
    setBusy(true);
    const result = await oidcApi.approve(request);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const back = new URL(result.data.redirect);
    const answer: Record<string, string> = { code: back.searchParams.get('code') ?? '' };
    if (request.state) answer.state = request.state;
    setOutcome('approved');
    await answerCaller(answer);
  }, [request, busy]);

  // RFC 6749 §4.1.2.1: a refusal is access_denied, with the service's state returned.
  const refuse = useCallback(async () => {
    setOutcome('refused');
    await answerCaller({ error: 'access_denied', ...(request?.state ? { state: request.state } : {}) });
  }, [request]);

  return { request, view, loading, error, outcome, busy, approve, refuse };
}
