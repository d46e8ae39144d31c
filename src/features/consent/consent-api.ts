import type {
  ConsentChannel,
  ConsentHistoryOutput,
  ConsentStatusOutput,
  Guardian,
  RecordConsentOutput,
  SensitivePurpose,
  VerifyLedgerOutput,
} from '../../../cloudfunctions/lib/contract/consent';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type { LaunchPolicyId } from '../../../policies/generated/launch';
import { deviceInfo } from '../../platform/device';
import { cloudClient } from '../../services/cloud';
import { documentInEffect } from './in-effect';

const fn = 'consent' as const;
const actions = FUNCTIONS.consent;

const refOf = (id: LaunchPolicyId) => {
  const { version, sha256 } = documentInEffect(id);
  return { id, version, sha256 };
};

/** The `consent` function, called with the exact versions and hashes shown (those in force). */
export const consentApi = {
  grant: (ids: readonly LaunchPolicyId[], channel: ConsentChannel) =>
    cloudClient.call<RecordConsentOutput, typeof fn>(fn, actions.grant, {
      documents: ids.map(refOf),
      purposes: ['basic-service'],
      channel,
      device: deviceInfo(),
    }),
  withdraw: (ids: readonly LaunchPolicyId[], channel: ConsentChannel) =>
    cloudClient.call<RecordConsentOutput, typeof fn>(fn, actions.withdraw, {
      documentIds: ids,
      channel,
      device: deviceInfo(),
    }),
  grantSensitive: (purpose: SensitivePurpose, channel: ConsentChannel, guardian?: Guardian) =>
    cloudClient.call<RecordConsentOutput, typeof fn>(fn, actions.grantSensitive, {
      purpose,
      policy: refOf('privacy-policy'),
      channel,
      device: deviceInfo(),
      ...(guardian ? { guardian } : {}),
    }),
  withdrawSensitive: (purpose: SensitivePurpose, channel: ConsentChannel) =>
    cloudClient.call<RecordConsentOutput, typeof fn>(fn, actions.withdrawSensitive, {
      purpose,
      channel,
      device: deviceInfo(),
    }),
  status: () => cloudClient.call<ConsentStatusOutput, typeof fn>(fn, actions.status),
  history: (beforeSeq?: number) =>
    cloudClient.call<ConsentHistoryOutput, typeof fn>(fn, actions.history, beforeSeq ? { beforeSeq } : undefined),
  verify: () => cloudClient.call<VerifyLedgerOutput, typeof fn>(fn, actions.verify),
};
