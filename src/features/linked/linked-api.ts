import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { cloudClient } from '../../services/cloud';

const actions = FUNCTIONS.account;

export interface LinkedAccountItem {
  id: string;
  provider: string;
  providerName: string;
  linkedAt: string;
}

/** What finishing answers: a link made, or (signing in) the session as the password sign-in gives it. */
export type LinkFinished =
  { linked: { id: string; provider: string } } | { profile?: { roles?: string[] }; cancellationWithdrawn?: boolean };

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
  providers: () =>
    cloudClient.call<{ providers: LinkedView['providers'] }, 'account'>('account', actions.linkProviders),
  startSignIn: (provider: string) =>
    cloudClient.call<{ authorizationUrl: string }, 'account'>('account', actions.linkStart, {
      purpose: 'sign-in',
      provider,
    }),
  finish: (code: string, state: string) =>
    cloudClient.call<LinkFinished, 'account'>('account', actions.linkFinish, { code, state }),
  unlink: (id: string, password: string) =>
    cloudClient.call<{ unlinked: boolean }, 'account'>('account', actions.unlink, { id, password }),
};
