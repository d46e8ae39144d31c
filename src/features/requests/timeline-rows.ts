import type { RequestView } from '../../../cloudfunctions/lib/contract/requests';
import { tr } from '../../i18n/requests';
import { beijingDateTime } from '../../i18n/beijing-time';

/** A request's events as the timeline shows them; staff views name the account that acted. */
export function timelineRows(request: Pick<RequestView, 'timeline'>, actors?: Record<string, string>) {
  return request.timeline.map((e) => ({
    id: e.id,
    time: beijingDateTime(e.at),
    action: tr.detail.actions[e.action],
    status: tr.statuses[e.to],
    actor: actors?.[e.id] ?? tr.staff.actors[e.by],
    comment: e.comment,
  }));
}
