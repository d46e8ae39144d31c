import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { cloudClient } from '../../services/cloud';

const actions = FUNCTIONS.account;

export interface LinkedAccountItem {
  id: string;
  provider: string;
  providerName: string;
  linkedAt: string;
}

export interface LinkedView {
  items: LinkedAccountItem[];
  providers: { id: string; name: string }[];
}

/** Linked outside accounts (policy §7.1): served by the account function (lib/linked). */
export const linkedApi = {
  list: () => cloudClient.call<LinkedView, 'account'>('account', actions.linkList),
  startLink: (provider: string, password: string) =>
    cloudClient.call<{ authorizationUrl: string }, 'account'>('account', actions.linkStart, {
      purpose: 'link',
      provider,
      password,
    }),
  unlink: (id: string, password: string) =>
    cloudClient.call<{ unlinked: boolean }, 'account'>('account', actions.unlink, { id, password }),
};
