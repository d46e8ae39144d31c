import fc from 'fast-check';
import {
  REQUEST_STATUSES,
  TRANSITIONS,
  TRANSITION_ACTIONS,
  type RequestStatus,
  type TransitionAction,
} from '../../../../../cloudfunctions/lib/contract/requests';
import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import { nextStatus } from '../../../../../cloudfunctions/lib/requests/state-machine';

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return e instanceof AppError ? e.code : 'THROWN';
  }
}

describe('the request state machine', () => {
  it('follows the issue: draft → submitted → accepted → (supplement ⇄ resubmitted) → approved/rejected → delivered → closed', () => {
    const path: [TransitionAction, 'applicant' | 'staff'][] = [
      ['submit', 'applicant'],
      ['accept', 'staff'],
      ['requestSupplement', 'staff'],
      ['resubmit', 'applicant'],
      ['requestSupplement', 'staff'],
      ['resubmit', 'applicant'],
      ['approve', 'staff'],
      ['deliver', 'staff'],
      ['close', 'staff'],
    ];
    let status: RequestStatus = 'draft';
    for (const [action, by] of path) status = nextStatus(action, status, by);
    expect(status).toBe('closed');
  });

  it('lets the applicant withdraw only before acceptance', () => {
    expect(nextStatus('withdraw', 'submitted', 'applicant')).toBe('withdrawn');
    for (const s of REQUEST_STATUSES.filter((x) => x !== 'submitted')) {
      expect(codeOf(() => nextStatus('withdraw', s, 'applicant'))).toBe('REQUESTS.ILLEGAL_TRANSITION');
    }
  });

  it('leaves closed and withdrawn requests final', () => {
    for (const action of TRANSITION_ACTIONS) {
      for (const from of ['closed', 'withdrawn'] as const) {
        expect(codeOf(() => nextStatus(action, from, TRANSITIONS[action].by))).toBe('REQUESTS.ILLEGAL_TRANSITION');
      }
    }
  });

  it('refuses exactly what the table does not list, and any step by the wrong side', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TRANSITION_ACTIONS),
        fc.constantFrom(...REQUEST_STATUSES),
        fc.constantFrom('applicant' as const, 'staff' as const),
        (action, from, by) => {
          const legal = TRANSITIONS[action].from.includes(from) && TRANSITIONS[action].by === by;
          const code = codeOf(() => nextStatus(action, from, by));
          return legal ? code === 'OK' : code === 'REQUESTS.ILLEGAL_TRANSITION';
        },
      ),
    );
  });

  it('can reach every status from draft', () => {
    const reached = new Set<RequestStatus>(['draft']);
    for (let changed = true; changed;) {
      changed = false;
      for (const t of Object.values(TRANSITIONS)) {
        if (t.from.some((f) => reached.has(f)) && !reached.has(t.to)) {
          reached.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...REQUEST_STATUSES].sort());
  });
});
