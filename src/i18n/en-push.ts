import type { Catalog } from './catalog';
import type { zhCNPush } from './zh-CN-push';

/** The staff push page's strings (zh-CN-push.ts) in English. */
export const enPush: Catalog<typeof zhCNPush> = {
  title: 'Send a notice',
  intro:
    'Every notice goes to the recipients’ in-app messages; WeChat subscription messages, SMS and email follow each recipient’s authorisations and settings. Every notice is recorded in the audit log.',
  titleLabel: 'Title (up to 40 characters)',
  bodyLabel: 'Text (up to 500 characters)',
  kindLabel: 'Kind of notice',
  kinds: {
    'staff.push': 'Service notice',
    maintenance: 'System maintenance',
    'policy.published': 'Agreement and policy update',
    'security.incident': 'Security incident (administrators only)',
  },
  audienceLabel: 'Recipients',
  audiences: {
    person: 'One user',
    accounts: 'Several affected users',
    matter: 'Applicants for a matter',
    policy: 'Users who accepted a document version',
    everyone: 'All users',
  },
  accountName: 'User’s account name',
  matterCode: 'Matter code',
  policyDocument: 'Document (user-agreement or privacy-policy)',
  policyVersion: 'Version',
  create: 'Preview',
  audienceSize: (n: number) => (n === 1 ? 'Will go to 1 person' : `Will go to ${n} people`),
  previewWechat: 'WeChat subscription message preview',
  send: 'Send',
  progress: (done: number, total: number) => `Processed ${done} / ${total}`,
  inboxCount: (n: number, total: number) => `In-app messages: delivered to ${n} / ${total}`,
  counts: (sent: number, skipped: number, failed: number) =>
    `WeChat notices: sent ${sent} · skipped ${skipped} · failed ${failed}`,
  wechatNote:
    'WeChat notices go only to people who subscribed to this kind of notice and did not turn it off; everyone else gets it only as an in-app message.',
  finished: 'Sending finished',
  awaitingApproval:
    "A push to everyone needs another administrator's approval: it now waits on the staff desk, and the approver sends it.",
  forbidden: 'Only push staff and administrators can send notices.',
  signIn: 'Sign in',
  accountNames: 'Account names of the affected users (separated by commas or spaces)',
  announce: {
    title: 'Publish a maintenance or service change announcement',
    intro:
      'From publication until its end time the announcement shows in the banner on the home page to everyone (guests included), and every user gets a message. Publish it before it starts.',
    typeLabel: 'Kind of announcement',
    types: { maintenance: 'System maintenance', 'service-change': 'Service change' },
    startsLabel: 'Start (Beijing time, e.g. 2027-01-10 22:00)',
    endsLabel: 'End (Beijing time)',
    badTime: 'Enter the Beijing time as “2027-01-10 22:00”',
    publish: 'Publish announcement',
    published: (when: string) => `Announcement published; shown until ${when}`,
    awaitingApproval:
      'Announcement submitted: it shows on home and reaches everyone once another administrator approves it on the staff desk.',
    forbidden: 'Only administrators can publish announcements.',
  },
  confirmAnnounce: {
    title: 'Publish the announcement?',
    content: 'It will show on the home page to everyone and a message goes to every user. It cannot be recalled.',
    confirmText: 'Publish',
    cancelText: 'Cancel',
    destructive: true,
    done: 'Published',
  },
  confirmIncident: {
    title: 'Send the security incident notice?',
    content:
      'It goes to the selected users as a message and as a WeChat subscription message where they allowed it. They cannot turn it off, and it cannot be recalled.',
    confirmText: 'Send',
    cancelText: 'Cancel',
    destructive: true,
    done: 'Sent',
  },
};
