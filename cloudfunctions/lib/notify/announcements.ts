import { newId } from '../account/ids';
import { requireRole } from '../account/account-guard';
import {
  PublishAnnouncementInputSchema,
  type AnnouncementPublished,
  type AnnouncementsView,
} from '../contract/announcement';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { openPushJob } from './create-push-job';
import type { NotifyDeps } from './notify.deps';

/**
 * The home banner shows at most this many (the soonest first): more at once would crowd home, and
 * an admin publishes a handful a year.
 */
export const BANNER_LIMIT = 3;

/** What the home banner shows, to anyone (guests too): announcements not yet ended, soonest first. */
export async function listAnnouncements(
  _input: unknown,
  ctx: CallContext,
  deps: NotifyDeps,
): Promise<AnnouncementsView> {
  const now = ctx.now.getTime();
  const records = await deps.announcements.notEnded(now, BANNER_LIMIT);
  return {
    announcements: records.map((r) => ({
      id: r._id,
      type: r.type,
      title: r.title,
      body: r.body,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      active: r.startsAt <= now,
    })),
  };
}

/**
 * An admin announces maintenance or a service change before the date (agreement §8.2, §8.4): the
 * banner until it ends, and a push job to everyone's inbox (and WeChat where granted), both once a
 * second admin approved; the approver runs the job from the staff desk.
 */
export async function publishAnnouncement(
  input: unknown,
  ctx: CallContext,
  deps: NotifyDeps,
): Promise<AnnouncementPublished> {
  const data = parseInput(PublishAnnouncementInputSchema, input);
  const { account: staff } = await requireRole(ctx, deps.guard, ['admin']);
  const now = ctx.now.getTime();
  if (data.startsAt <= now || data.endsAt <= data.startsAt) throw new AppError('NOTIFY.ANNOUNCEMENT_TIMES');
  const kind = data.type === 'maintenance' ? 'maintenance' : 'service.change';
  const announcementId = newId();
  // To everyone: the banner and the push wait for a second admin (two-person rule, lib/proposals).
  const job = await openPushJob(
    { title: data.title, body: data.body, kind, audience: { type: 'everyone' } },
    staff,
    ctx.openid,
    now,
    deps,
    announcementId,
  );
  await deps.announcements.insert({
    _id: announcementId,
    ...data,
    jobId: job.jobId,
    awaitingApproval: job.proposalId !== null,
    createdBy: staff._id,
    createdAt: now,
  });
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: 'notify.announcement-published',
    target: announcementId,
    details: { type: data.type, startsAt: data.startsAt, endsAt: data.endsAt, jobId: job.jobId },
  });
  return { announcementId, job };
}
