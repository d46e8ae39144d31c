import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type {
  FileRequestInput,
  MyRequestsOutput,
  PersonalCopy,
  PrivacyRequestStatus,
  PrivacyRequestView,
  RevealOutput,
  StaffQueueItem,
  StaffRequestDetail,
} from '../../../cloudfunctions/lib/contract/privacy';
import { cloudClient } from '../../services/cloud';

const fn = 'privacy' as const;
const p = FUNCTIONS.privacy;

/** The `privacy` function. Identity comes from WeChat (OPENID); nothing here names an account id. */
export const privacyApi = {
  file: (input: FileRequestInput) => cloudClient.call<PrivacyRequestView, typeof fn>(fn, p.file, input),
  mine: () => cloudClient.call<MyRequestsOutput, typeof fn>(fn, p.mine),
  cancel: (id: string) => cloudClient.call<PrivacyRequestView, typeof fn>(fn, p.cancel, { id }),
  copy: (password: string) => cloudClient.call<PersonalCopy, typeof fn>(fn, p.copy, { password }),
  queue: (status: PrivacyRequestStatus) =>
    cloudClient.call<{ items: StaffQueueItem[] }, typeof fn>(fn, p.queue, { status }),
  detail: (id: string) => cloudClient.call<StaffRequestDetail, typeof fn>(fn, p.detail, { id }),
  reveal: (id: string) => cloudClient.call<RevealOutput, typeof fn>(fn, p.reveal, { id }),
  decide: (id: string, outcome: 'approved' | 'refused', reply: string) =>
    cloudClient.call<{ id: string; status: string }, typeof fn>(fn, p.decide, { id, outcome, reply }),
};
