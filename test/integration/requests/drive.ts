/**
 * Brings a request to any status through legal steps only, as the applicant (ALICE) and a
 * reviewer (STAFF) would, and names each action's input.
 */
import type {
  RequestSummary,
  StoredRequestStatus,
  TransitionAction,
} from '../../../cloudfunctions/lib/contract/requests';
import { ALICE, PDF, STAFF, type RequestsCloud } from './requests-cloud';

export const PATHS: Record<StoredRequestStatus, TransitionAction[]> = {
  submitted: [],
  withdrawn: ['withdraw'],
  accepted: ['accept'],
  supplement_requested: ['accept', 'requestSupplement'],
  resubmitted: ['accept', 'requestSupplement', 'resubmit'],
  approved: ['accept', 'approve'],
  rejected: ['accept', 'reject'],
  delivered: ['accept', 'approve', 'deliver'],
  closed: ['accept', 'approve', 'deliver', 'close'],
};

export const APPLICANT_ACTIONS: readonly TransitionAction[] = ['withdraw', 'resubmit'];

export async function actionInput(
  t: RequestsCloud,
  env: string,
  action: TransitionAction,
  r: { id: string; version: number },
): Promise<Record<string, unknown>> {
  const base = { requestId: r.id, expectedVersion: r.version };
  switch (action) {
    case 'requestSupplement':
      return { ...base, comment: '请补充经营场所租赁合同', materialCodes: ['premises-proof'] };
    case 'resubmit':
      return {
        ...base,
        materials: [{ materialCode: 'premises-proof', uploadId: await t.upload(env, ALICE, 'supplement', PDF) }],
      };
    case 'reject':
      return { ...base, comment: '经营场所不符合要求' };
    default:
      return base;
  }
}

export async function act(t: RequestsCloud, env: string, action: TransitionAction, r: RequestSummary) {
  const who = APPLICANT_ACTIONS.includes(action) ? ALICE : STAFF;
  return t.call<RequestSummary>(env, who.openid, action, await actionInput(t, env, action, r));
}

export async function bring(t: RequestsCloud, env: string, status: StoredRequestStatus): Promise<RequestSummary> {
  let r = await t.submit(env, ALICE, await t.soleTraderInput(env, ALICE));
  for (const action of PATHS[status]) {
    const result = await act(t, env, action, r);
    if (!result.ok) throw new Error(`${action}: ${result.error.code}`);
    r = result.data;
  }
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}`);
  return r;
}
