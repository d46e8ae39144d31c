import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type {
  OidcApproveOutput,
  OidcAuthorizationItem,
  OidcAuthorizationRequest,
  OidcRequestView,
} from '../../../cloudfunctions/lib/contract/oidc';
import { cloudClient } from '../../services/cloud';

const actions = FUNCTIONS.oidc;

/** The opener's appid goes along only when another mini-program opened 琴易办 (the server checks it). */
const from = (referrerAppId?: string) => (referrerAppId ? { referrerAppId } : {});

export const oidcApi = {
  describe: (request: OidcAuthorizationRequest, referrerAppId?: string) =>
    cloudClient.call<OidcRequestView, 'oidc'>('oidc', actions.request, { ...request, ...from(referrerAppId) }),
  approve: (request: OidcAuthorizationRequest, referrerAppId?: string) =>
    cloudClient.call<OidcApproveOutput, 'oidc'>('oidc', actions.approve, {
      request,
      termsAccepted: true,
      ...from(referrerAppId),
    }),
  describeQr: (qrId: string) => cloudClient.call<OidcRequestView, 'oidc'>('oidc', actions.qrRequest, { qrId }),
  approveQr: (qrId: string) =>
    cloudClient.call<{ approved: boolean }, 'oidc'>('oidc', actions.qrApprove, { qrId, termsAccepted: true }),
  denyQr: (qrId: string) => cloudClient.call<{ denied: boolean }, 'oidc'>('oidc', actions.qrDeny, { qrId }),
  authorizations: () => cloudClient.call<{ items: OidcAuthorizationItem[] }, 'oidc'>('oidc', actions.authorizations),
  revoke: (id: string) => cloudClient.call<{ revoked: boolean }, 'oidc'>('oidc', actions.revoke, { id }),
};
