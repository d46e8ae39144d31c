import type { Catalog } from './catalog';
import type { zhCNInbox } from './zh-CN-inbox';

/** The inbox subpackage's strings (zh-CN-inbox.ts) in English. */
export const enInbox: Catalog<typeof zhCNInbox> = {
  title: 'My messages',
  empty: 'No messages',
  unread: (n: number) => `${n} unread`,
  markAllRead: 'Mark all as read',
  delete: 'Delete',
  open: 'View details',
  report: 'Report',
  more: 'Load more',
  signInFirst: 'Sign in to see your messages.',
  signIn: 'Sign in',
  toPreferences: 'Notification settings',
  preferencesTitle: 'Notification settings',
  preferencesIntro:
    'Messages always stay in “My messages”. Choose the other channels through which you also receive each kind of notice.',
  lockedNote:
    'Notices on account security, security incidents, agreement updates, account status, system maintenance and service changes concern your rights and your account’s safety and, under the User Agreement, cannot be turned off.',
  locked: 'Always on',
  on: 'On',
  off: 'Off',
  noAddress: 'No contact details given',
  kinds: {
    'request.status': 'Application progress',
    'agent.grant': 'Agent authorisations',
    'policy.published': 'Agreement and policy updates',
    'account.security': 'Account security alerts',
    'account.status': 'Account status changes',
    maintenance: 'System maintenance',
    'service.change': 'Service change announcements',
    'security.incident': 'Security incident notices',
    'staff.push': 'Service notices',
    'privacy.request': 'Replies to personal information requests',
  },
  channels: { wechat: 'WeChat subscription messages', sms: 'SMS', email: 'Email' },
  subscribeTitle: 'WeChat subscription messages',
  subscribeIntro:
    'WeChat asks you to authorise each time: every authorisation lets us send you one matching subscription message.',
  subscribe: 'Receive WeChat subscription messages',
  subscribeLongTerm: 'Receive long-term service notices',
  subscribeLongTermIntro:
    'Some service notices are long-term subscriptions: authorise once, no need to tap each time. WeChat asks for them separately from one-off subscriptions.',
  remaining: (n: number | null) => (n === null ? 'Long-term' : `${n} left`),
  subscribed: 'Your choice has been recorded',
  subscribeUnavailable: 'Subscription messages are not supported here',
};
