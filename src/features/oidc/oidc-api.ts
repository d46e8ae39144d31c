import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type {
  OidcApproveOutput,
  OidcAuthorizationItem,
  OidcAuthorizationRequest,
  OidcRequestView,
} from '../../../cloudfunctions/lib/contract/oidc';
import { cloudClient } from '../../services/cloud';

const actions = FUNCTIONS.oidc;

export const oidcApi = {
  describe: (request: OidcAuthorizationRequest) =>
    cloudClient.call<OidcRequestView, 'oidc'>('oidc', actions.request, request),
  approve: (request: OidcAuthorizationRequest) =>
    cloudClient.call<OidcApproveOutput, 'oidc'>('oidc', actions.approve, { request, termsAccepted: true }),
  authorizations: () => cloudClient.call<{ items: OidcAuthorizationItem[] }, 'oidc'>('oidc', actions.authorizations),
  revoke: (id: string) => cloudClient.call<{ revoked: boolean }, 'oidc'>('oidc', actions.revoke, { id }),
};
