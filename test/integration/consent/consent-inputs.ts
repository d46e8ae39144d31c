/** The inputs the consent stories share: one person and the launch decision on today's documents. */
import { CURRENT_POLICIES } from '../../../policies/generated';

export const ALICE = 'oAlice0000001';

export const ref = (id: 'user-agreement' | 'privacy-policy') => ({
  id,
  version: CURRENT_POLICIES[id].version,
  sha256: CURRENT_POLICIES[id].sha256,
});

export const launchGrant = {
  documents: [ref('user-agreement'), ref('privacy-policy')],
  purposes: ['basic-service'],
  channel: 'launch-gate',
};

export const withdrawAll = { documentIds: ['user-agreement', 'privacy-policy'], channel: 'privacy-center' };
