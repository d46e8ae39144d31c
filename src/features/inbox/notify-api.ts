import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type {
  Audience,
  Channel,
  InboxPage,
  NoticeKindName,
  PreferencesView,
  PushJobCreated,
  PushProgress,
  TemplateView,
} from '../../../cloudfunctions/lib/contract/notify';
import type {
  AnnouncementPublished,
  AnnouncementsView,
  PublishAnnouncementInput,
} from '../../../cloudfunctions/lib/contract/announcement';
import { cloudClient } from '../../services/cloud';

const fn = 'notify' as const;
const n = FUNCTIONS.notify;

/** The `notify` function. The account is the caller's (from WeChat); nothing here names one. */
export const notifyApi = {
  inbox: (before?: InboxPage['next']) => cloudClient.call<InboxPage, typeof fn>(fn, n.inbox, before ? { before } : {}),
  markRead: (id: string) => cloudClient.call<{ unread: number }, typeof fn>(fn, n.markRead, { id }),
  markAllRead: () => cloudClient.call<{ unread: number }, typeof fn>(fn, n.markAllRead),
  deleteMessage: (id: string) => cloudClient.call<{ unread: number }, typeof fn>(fn, n.deleteMessage, { id }),
  templates: () => cloudClient.call<TemplateView[], typeof fn>(fn, n.templates),
  recordGrants: (decisions: Record<string, string>) =>
    cloudClient.call<TemplateView[], typeof fn>(fn, n.recordGrants, { decisions }),
  preferences: () => cloudClient.call<PreferencesView, typeof fn>(fn, n.preferences),
  setPreference: (kind: NoticeKindName, channel: Channel, enabled: boolean) =>
    cloudClient.call<PreferencesView, typeof fn>(fn, n.setPreference, { kind, channel, enabled }),
  createPushJob: (input: { title: string; body: string; kind: string; audience: Audience }) =>
    cloudClient.call<PushJobCreated, typeof fn>(fn, n.createPushJob, input),
  runPushJob: (jobId: string, limit: number) =>
    cloudClient.call<PushProgress, typeof fn>(fn, n.runPushJob, { jobId, limit }),
  announcements: () => cloudClient.call<AnnouncementsView, typeof fn>(fn, n.announcements),
  publishAnnouncement: (input: PublishAnnouncementInput) =>
    cloudClient.call<AnnouncementPublished, typeof fn>(fn, n.publishAnnouncement, input),
};
