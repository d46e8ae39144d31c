// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { createHandler } from '../lib/handler/create-handler';
import { onFirstUse } from '../lib/handler/on-first-use';
import { wxContext } from '../lib/infra/cloud';
import { checkNotifySettings } from '../lib/notify/notify-settings';

const n = FUNCTIONS.notify;
// Templates, channels and rates are checked here, when the instance loads.
checkNotifySettings();

// Issue 18 (cold start): deps wired, and each use case imported, on first use (see account/index.ts).
const deps = onFirstUse(async () => (await import('../lib/notify/create-notify-deps')).createNotifyDeps());
const inbox = () => import('../lib/notify/inbox-actions');
const grants = () => import('../lib/notify/grant-actions');
const preferences = () => import('../lib/notify/preference-actions');
const resume = () => import('../lib/notify/resume-push-jobs');
const run = () => import('../lib/notify/run-push-job');
const announcements = () => import('../lib/notify/announcements');

export const main = createHandler(
  guardedActions('notify', createConsentGuardDeps(), {
    [n.inbox]: async (input, ctx) => (await inbox()).listInbox(input, ctx, await deps()),
    [n.unreadCount]: async (input, ctx) => (await inbox()).unreadCount(input, ctx, await deps()),
    [n.markRead]: async (input, ctx) => (await inbox()).markRead(input, ctx, await deps()),
    [n.markAllRead]: async (input, ctx) => (await inbox()).markAllRead(input, ctx, await deps()),
    [n.deleteMessage]: async (input, ctx) => (await inbox()).deleteMessage(input, ctx, await deps()),
    [n.templates]: async (input, ctx) => (await grants()).listTemplates(input, ctx, await deps()),
    [n.recordGrants]: async (input, ctx) => (await grants()).recordGrants(input, ctx, await deps()),
    [n.preferences]: async (input, ctx) => (await preferences()).getPreferences(input, ctx, await deps()),
    [n.setPreference]: async (input, ctx) => (await preferences()).setPreference(input, ctx, await deps()),
    [n.createPushJob]: async (input, ctx) =>
      (await import('../lib/notify/create-push-job')).createPushJob(input, ctx, await deps()),
    [n.runPushJob]: async (input, ctx) => (await run()).runPushJob(input, ctx, await deps()),
    [n.pushJobStatus]: async (input, ctx) => (await run()).pushJobStatus(input, ctx, await deps()),
    [n.resumePushJobs]: async (input, ctx) => (await resume()).resumePushJobs(input, ctx, await deps()),
    [n.announcements]: async (input, ctx) => (await announcements()).listAnnouncements(input, ctx, await deps()),
    [n.publishAnnouncement]: async (input, ctx) =>
      (await announcements()).publishAnnouncement(input, ctx, await deps()),
  }),
  {
    context: wxContext,
    // The banner is public: a guest, even a caller without a WeChat identity, reads it.
    anonymous: [n.announcements],
    timer: async (ctx) => (await resume()).resumePushJobsOnTimer(ctx, await deps()),
  },
);
