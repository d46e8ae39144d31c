import { matterNamesOf } from '../contract/matter-texts';
import { noticeContent } from '../contract/notices/notice-text';
import { shanghaiTime } from '../account/account-status';
import type { TransitionAction } from '../contract/requests';
import { AppError } from '../errors/app-error';
import type { RequestEventRecord, RequestRecord } from './request.record';
import type { RequestsDeps } from './requests.deps';
import { nextStatus } from './state-machine';
import { STATUS_TEXT } from './status-text';

export interface Acting {
  by: 'applicant' | 'staff';
  id: string;
  /** Staff account name, kept on the event for staff to see. */
  name: string | null;
}

export type RequestPatch = Partial<Omit<RequestRecord, '_id' | 'status' | 'version' | 'updatedAt'>>;

/** The page a request notice opens. */
export const requestPage = (id: string) => `/packages/services/pages/request/index?id=${id}`;

/** The version the caller read must still be the stored one: otherwise someone else acted first. */
export function assertVersion(record: RequestRecord, expectedVersion: number): void {
  if (record.version !== expectedVersion) throw new AppError('REQUESTS.VERSION_CONFLICT');
}

/**
 * Moves a request along the one transition table: conditional on the version the caller read
 * (two staff acting at once: one wins, the other gets REQUESTS.VERSION_CONFLICT), appends the
 * event, and tells the applicant. Returns the request as stored afterwards.
 */
export async function applyTransition(
  record: RequestRecord,
  action: TransitionAction | 'assign',
  acting: Acting,
  change: { expectedVersion: number; comment: string | null; patch?: RequestPatch; now: number },
  deps: RequestsDeps,
): Promise<RequestRecord> {
  assertVersion(record, change.expectedVersion);
  const to = action === 'assign' ? record.status : nextStatus(action, record.status, acting.by);
  const version = record.version + 1;
  const update = { ...change.patch, status: to, version, updatedAt: change.now };
  if (!(await deps.requests.updateAt(record._id, record.version, update))) {
    throw new AppError('REQUESTS.VERSION_CONFLICT');
  }
  const event: RequestEventRecord = {
    _id: `${record._id}-v${version}`,
    requestId: record._id,
    version,
    at: change.now,
    action,
    from: record.status,
    to,
    by: acting.by,
    actorId: acting.id,
    actorName: acting.name,
    comment: change.comment,
  };
  await deps.events.record(event);
  const after: RequestRecord = { ...record, ...update };
  if (to !== record.status) await notifyStatus(after, change.comment, change.now, deps);
  return after;
}

export async function notifyStatus(r: RequestRecord, comment: string | null, now: number, deps: RequestsDeps) {
  const status = STATUS_TEXT[r.status];
  const content = noticeContent(
    `request.status.${r.status}`,
    { matter: r.matterName, number: r.number, comment },
    { matter: matterNamesOf(r.matterTranslations) },
  );
  await deps.notifier.notify(
    {
      accountId: r.applicantId,
      kind: 'request.status',
      ...content,
      page: requestPage(r._id),
      fields: { matter: r.matterName, number: r.number, status, time: shanghaiTime(now) },
    },
    now,
  );
}
