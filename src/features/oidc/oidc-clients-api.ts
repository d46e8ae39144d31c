import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type { OidcClientAdded, OidcClientInput, OidcClientView } from '../../../cloudfunctions/lib/contract/oidc';
import { cloudClient } from '../../services/cloud';

const actions = FUNCTIONS.oidc;

/** Admins' calls of the `oidc` function for registered services; the role is checked in the cloud on every call. */
export const oidcClientsApi = {
  list: () => cloudClient.call<{ items: OidcClientView[] }, 'oidc'>('oidc', actions.clientList),
  add: (input: OidcClientInput) => cloudClient.call<OidcClientAdded, 'oidc'>('oidc', actions.clientAdd, input),
  setLogo: (clientId: string, logoUploadId: string) =>
    cloudClient.call<{ logoUrl: string | null }, 'oidc'>('oidc', actions.clientSetLogo, { clientId, logoUploadId }),
  disable: (clientId: string) =>
    cloudClient.call<{ disabled: boolean }, 'oidc'>('oidc', actions.clientDisable, { clientId }),
};
