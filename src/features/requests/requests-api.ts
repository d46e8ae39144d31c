import type {
  AgentGrantView,
  EnterpriseView,
  RegisterEnterpriseInput,
  RequestGrantInput,
} from '../../../cloudfunctions/lib/contract/enterprise';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type {
  MatterSummary,
  EnterpriseRef,
  MatterView,
  MaterialRef,
  Page,
  RequestSummary,
  RequestView,
  StatusGroup,
  SubmitRequestInput,
} from '../../../cloudfunctions/lib/contract/requests';
import { cloudClient } from '../../services/cloud';

const fn = 'requests' as const;
const a = FUNCTIONS.requests;
const call = <T>(action: (typeof a)[keyof typeof a], input?: unknown) =>
  cloudClient.call<T, typeof fn>(fn, action, input);

/**
 * The applicant's side of the `requests` function. Identity comes from WeChat (OPENID): nothing
 * here names an account; acting for an enterprise is the explicit `asEnterpriseId`.
 */
export const requestsApi = {
  catalog: () => call<MatterSummary[]>(a.catalog, {}),
  matter: (code: string) => call<MatterView>(a.matter, { code }),
  /** Same clientRequestId → same request: safe to call again after a timeout. */
  submit: (input: SubmitRequestInput) => call<RequestSummary>(a.submit, input),
  mine: (input: { group?: StatusGroup; cursor?: string; pageSize?: number }) =>
    call<Page<RequestSummary>>(a.mine, input),
  detail: (requestId: string) => call<RequestView>(a.detail, { requestId }),
  withdraw: (requestId: string, expectedVersion: number) =>
    call<RequestSummary>(a.withdraw, { requestId, expectedVersion }),
  resubmit: (requestId: string, expectedVersion: number, materials: MaterialRef[], comment?: string) =>
    call<RequestSummary>(a.resubmit, { requestId, expectedVersion, materials, ...(comment ? { comment } : {}) }),

  registerEnterprise: (input: RegisterEnterpriseInput) => call<EnterpriseView>(a.registerEnterprise, input),
  findEnterprise: (uscc: string) => call<EnterpriseRef>(a.findEnterprise, { uscc }),
  /** The registry-confirmed legal representative takes over a registration someone else made. */
  takeOverEnterprise: (uscc: string) => call<EnterpriseView>(a.takeOverEnterprise, { uscc }),
  myEnterprises: () => call<EnterpriseView[]>(a.myEnterprises, {}),
  requestGrant: (input: RequestGrantInput) => call<AgentGrantView>(a.requestGrant, input),
  myGrants: () => call<AgentGrantView[]>(a.myGrants, {}),
  enterpriseGrants: (enterpriseId: string) => call<AgentGrantView[]>(a.enterpriseGrants, { enterpriseId }),
  revokeGrant: (grantId: string, reason: string) => call<AgentGrantView>(a.revokeGrant, { grantId, reason }),
};
