// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { listAnnouncements, publishAnnouncement } from '../lib/notify/announcements';
import { createPushJob } from '../lib/notify/create-push-job';
import { createNotifyDeps } from '../lib/notify/create-notify-deps';
import { listTemplates, recordGrants } from '../lib/notify/grant-actions';
import { deleteMessage, listInbox, markAllRead, markRead, unreadCount } from '../lib/notify/inbox-actions';
import { getPreferences, setPreference } from '../lib/notify/preference-actions';
import { resumePushJobs, resumePushJobsOnTimer } from '../lib/notify/resume-push-jobs';
import { pushJobStatus, runPushJob } from '../lib/notify/run-push-job';

const n = FUNCTIONS.notify;
// Templates, channels and rates are checked here, when the instance loads.
const deps = createNotifyDeps();

export const main = createHandler(
  guardedActions('notify', createConsentGuardDeps(), {
    [n.inbox]: (input, ctx) => listInbox(input, ctx, deps),
    [n.unreadCount]: (input, ctx) => unreadCount(input, ctx, deps),
    [n.markRead]: (input, ctx) => markRead(input, ctx, deps),
    [n.markAllRead]: (input, ctx) => markAllRead(input, ctx, deps),
    [n.deleteMessage]: (input, ctx) => deleteMessage(input, ctx, deps),
    [n.templates]: (input, ctx) => listTemplates(input, ctx, deps),
    [n.recordGrants]: (input, ctx) => recordGrants(input, ctx, deps),
    [n.preferences]: (input, ctx) => getPreferences(input, ctx, deps),
    [n.setPreference]: (input, ctx) => setPreference(input, ctx, deps),
    [n.createPushJob]: (input, ctx) => createPushJob(input, ctx, deps),
    [n.runPushJob]: (input, ctx) => runPushJob(input, ctx, deps),
    [n.pushJobStatus]: (input, ctx) => pushJobStatus(input, ctx, deps),
    [n.resumePushJobs]: (input, ctx) => resumePushJobs(input, ctx, deps),
    [n.announcements]: (input, ctx) => listAnnouncements(input, ctx, deps),
    [n.publishAnnouncement]: (input, ctx) => publishAnnouncement(input, ctx, deps),
  }),
  {
    context: wxContext,
    // The banner is public: a guest, even a caller without a WeChat identity, reads it.
    anonymous: [n.announcements],
    timer: (ctx) => resumePushJobsOnTimer(ctx, deps),
  },
);
