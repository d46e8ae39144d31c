import {
  TRANSITIONS,
  canTransition,
  type Actor,
  type RequestStatus,
  type StoredRequestStatus,
  type TransitionAction,
} from '../contract/requests';
import { AppError } from '../errors/app-error';

/**
 * The one gate every status change passes: the action must be legal from the current status and
 * taken by the side the table names. Returns the status it leads to.
 */
export function nextStatus(action: TransitionAction, from: RequestStatus, by: Actor): StoredRequestStatus {
  const transition = TRANSITIONS[action];
  if (transition.by !== by || !canTransition(action, from)) throw new AppError('REQUESTS.ILLEGAL_TRANSITION');
  return transition.to;
}

/** Statuses in which a request can still be assigned to a staff member. */
export const ASSIGNABLE: readonly StoredRequestStatus[] = [
  'submitted',
  'accepted',
  'supplement_requested',
  'resubmitted',
  'approved',
];
