import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import { applyTransition } from '../../../../../cloudfunctions/lib/requests/apply-transition';
import type { RequestEventRecord, RequestRecord } from '../../../../../cloudfunctions/lib/requests/request.record';
import type { RequestsDeps } from '../../../../../cloudfunctions/lib/requests/requests.deps';

const record = {
  _id: 'r'.repeat(24),
  status: 'submitted',
  version: 1,
  matterName: '事项',
  number: 'QYB-1',
  applicantId: 'a1',
} as RequestRecord;

/** Only what applyTransition touches: the conditional update, the event log and the notifier. */
function fakeDeps(stored: { version: number }) {
  const events: RequestEventRecord[] = [];
  const notices: unknown[] = [];
  const deps = {
    requests: {
      async updateAt(_id: string, expected: number, patch: { version: number }) {
        if (stored.version !== expected) return false;
        stored.version = patch.version;
        return true;
      },
    },
    events: { record: async (e: RequestEventRecord) => (events.push(e), true) },
    notifier: { notify: async (n: unknown) => void notices.push(n) },
  } as unknown as RequestsDeps;
  return { deps, events, notices };
}

const staff = { by: 'staff' as const, id: 's1', name: 'reviewer' };

describe('applyTransition', () => {
  describe('when someone else changed the request between the read and the write', () => {
    it('refuses with VERSION_CONFLICT and writes no event and no notice', async () => {
      const { deps, events, notices } = fakeDeps({ version: 2 });
      const attempt = applyTransition(record, 'accept', staff, { expectedVersion: 1, comment: null, now: 1 }, deps);
      await expect(attempt).rejects.toEqual(new AppError('REQUESTS.VERSION_CONFLICT'));
      expect(events).toEqual([]);
      expect(notices).toEqual([]);
    });
  });

  it('of two racing writers on the same read, exactly one succeeds', async () => {
    const { deps, events } = fakeDeps({ version: 1 });
    const change = { expectedVersion: 1, comment: null, now: 1 };
    const results = await Promise.allSettled([
      applyTransition(record, 'accept', staff, change, deps),
      applyTransition(record, 'accept', { ...staff, id: 's2' }, change, deps),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(events.map((e) => [e._id, e.from, e.to])).toEqual([[`${record._id}-v2`, 'submitted', 'accepted']]);
  });

  it('a status change tells the applicant; an assignment does not', async () => {
    const accepted = fakeDeps({ version: 1 });
    await applyTransition(record, 'accept', staff, { expectedVersion: 1, comment: '受理', now: 1 }, accepted.deps);
    expect(accepted.notices).toHaveLength(1);
    const assigned = fakeDeps({ version: 1 });
    await applyTransition(record, 'assign', staff, { expectedVersion: 1, comment: null, now: 1 }, assigned.deps);
    expect(assigned.notices).toHaveLength(0);
    expect(assigned.events[0]).toMatchObject({ action: 'assign', from: 'submitted', to: 'submitted' });
  });
});
