import type { PublicationView } from '../contract/policy';
import type { PublicationRecord } from './publication.record';
import { publishedPolicy } from './policy-timeline';

export function toPublicationView(p: PublicationRecord): PublicationView {
  return {
    ...publishedPolicy(p),
    publishedAt: new Date(p.publishedAt).toISOString(),
    publishedBy: p.publishedBy,
    notices: { sent: p.noticesSent, done: p.noticesDone },
  };
}
