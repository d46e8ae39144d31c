import { noticeContent } from '../contract/notices/notice-text';
import type { NoticeProgress } from '../contract/policy';
import type { Notice } from '../notify/notifier';
import type { PolicyDeps } from './policy.deps';
import type { PublicationRecord } from './publication.record';

/** The policy page a notice opens, with the announced version (src/platform/navigation ROUTES.policy). */
const POLICY_PAGE = '/packages/privacy/pages/policy/index';

export function publicationNotice(p: PublicationRecord, accountId: string): Notice {
  const key = p.reconsentRequired ? 'policy.published-reconsent' : 'policy.published';
  const params = { document: p.title, summary: p.changeSummary, version: p.version, effectiveDate: p.effectiveDate };
  return {
    accountId,
    kind: 'policy.published',
    ...noticeContent(key, params),
    page: `${POLICY_PAGE}?id=${encodeURIComponent(p.documentId)}&version=${encodeURIComponent(p.version)}`,
    fields: { document: p.title, version: p.version, effectiveDate: p.effectiveDate },
  };
}

/**
 * Tells every registered account, batch by batch (agreement §10.2, policy §9: before it takes
 * effect), until all are told or the time budget of this call is spent; the cursor is saved after
 * each batch, so the next call carries on where this one stopped.
 */
export async function sendPublicationNotices(
  deps: PolicyDeps,
  publication: PublicationRecord,
  now: number,
): Promise<NoticeProgress> {
  const started = Date.now();
  let cursor = publication.noticeCursor;
  let sent = publication.noticesSent;
  let done = publication.noticesDone;
  while (!done) {
    const ids = await deps.registered.idsAfter(cursor, deps.notices.batchSize);
    await Promise.all(ids.map((id) => deps.notifier.notify(publicationNotice(publication, id), now)));
    cursor = ids.at(-1) ?? cursor;
    sent += ids.length;
    done = ids.length < deps.notices.batchSize;
    await deps.publications.update(publication._id, { noticeCursor: cursor, noticesSent: sent, noticesDone: done });
    if (Date.now() - started >= deps.notices.budgetMs) break;
  }
  return { sent, done };
}
