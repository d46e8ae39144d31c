import type { QueryStore } from '../infra/query-store';
import type { ReportDecision, ReportRecord } from './report.record';

/** The open reports staff work through: at most this many, flagged first, then oldest first. */
export const REPORT_QUEUE_LIMIT = 100;

export function reportRepository(store: QueryStore<ReportRecord>) {
  return {
    get: (id: string) => store.get(id),
    insert: (record: ReportRecord) => store.put(record),
    open: () =>
      store.page({ where: { status: 'open' }, orderBy: 'sortKey', direction: 'asc', limit: REPORT_QUEUE_LIMIT }),
    /** Decides a report only if it is still open (two staff at once: one wins). */
    async decide(id: string, decision: ReportDecision): Promise<boolean> {
      return (await store.updateWhere({ _id: id, status: 'open' }, { status: 'decided', decision })) === 1;
    },
  };
}

export type ReportRepository = ReturnType<typeof reportRepository>;
