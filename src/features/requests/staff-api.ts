import type { AgentGrantView, StaffGrantView } from '../../../cloudfunctions/lib/contract/enterprise';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type {
  MatterSummary,
  MatterView,
  Page,
  QueueItem,
  RequestSummary,
  StaffRequestView,
  StatusGroup,
} from '../../../cloudfunctions/lib/contract/requests';
import { cloudClient } from '../../services/cloud';

const fn = 'requests' as const;
const a = FUNCTIONS.requests;
const call = <T>(action: (typeof a)[keyof typeof a], input?: unknown) =>
  cloudClient.call<T, typeof fn>(fn, action, input);

/** What every staff action names: the request and the version the staff member saw. */
export interface StaffActionRef {
  requestId: string;
  expectedVersion: number;
}

export type StaffDecision =
  | { action: 'accept'; comment?: string }
  | { action: 'requestSupplement'; comment: string; materialCodes?: string[] }
  | { action: 'approve'; comment?: string; resultUploadId?: string }
  | { action: 'reject'; comment: string }
  | { action: 'deliver'; comment?: string; trackingNumber?: string }
  | { action: 'close'; comment?: string };

/** Blank optional strings are left out: the schemas refuse what they do not expect. */
function compact(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== ''));
}

/** The staff side of the `requests` function; the function checks the role on every call. */
export const staffApi = {
  catalog: () => call<MatterSummary[]>(a.catalog, {}),
  matter: (code: string) => call<MatterView>(a.matter, { code }),
  queue: (input: {
    matterCode?: string;
    group?: StatusGroup;
    assignedToMe?: boolean;
    cursor?: string;
    pageSize?: number;
  }) => call<Page<QueueItem>>(a.queue, compact(input)),
  detail: (requestId: string) => call<StaffRequestView>(a.staffDetail, { requestId }),
  assign: (ref: StaffActionRef) => call<RequestSummary>(a.assign, ref),
  decide: (ref: StaffActionRef, decision: StaffDecision) => {
    const { action, ...rest } = decision;
    return call<RequestSummary>(a[action], compact({ ...ref, ...rest }));
  },
  grantQueue: (input: { status?: 'pending' | 'approved' | 'refused' | 'revoked'; cursor?: string }) =>
    call<Page<AgentGrantView>>(a.grantQueue, compact(input)),
  grantDetail: (grantId: string) => call<StaffGrantView>(a.grantDetail, { grantId }),
  decideGrant: (grantId: string, decision: 'approve' | 'refuse', comment: string) =>
    call<AgentGrantView>(a.decideGrant, { grantId, decision, comment }),
  revokeGrant: (grantId: string, reason: string) => call<AgentGrantView>(a.revokeGrant, { grantId, reason }),
};
