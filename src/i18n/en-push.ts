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
  },
  audienceLabel: 'Recipients',
  audiences: {
    person: 'One user',
    matter: 'Applicants for a matter',
    policy: 'Users who accepted a document version',
    everyone: 'All users',
  },
  accountName: 'User’s account name',
  matterCode: 'Matter code',
  policyDocument: 'Document (user-agreement or privacy-policy)',
  policyVersion: 'Version',
  create: 'Preview',
  audienceSize: (n: number) => `Will go to ${n} people`,
  previewWechat: 'WeChat subscription message preview',
  send: 'Send',
  progress: (done: number, total: number) => `Processed ${done} / ${total}`,
  counts: (sent: number, skipped: number, failed: number) => `Sent ${sent} · skipped ${skipped} · failed ${failed}`,
  finished: 'Sending finished',
  forbidden: 'Only push staff and administrators can send notices.',
  signIn: 'Sign in',
};
