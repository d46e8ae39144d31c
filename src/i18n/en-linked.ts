import type { Catalog } from './catalog';
import type { zhCNLinked } from './zh-CN-linked';

/** The linked-accounts screen's strings (zh-CN-linked.ts) in English. */
export const enLinked: Catalog<typeof zhCNLinked> = {
  entry: 'Linked accounts',
  intro:
    'Once you link an outside account (such as Yuexinqian), you can sign in to Qin Yi Ban with it. An outside account can be linked to one Qin Yi Ban account only, and you can unlink it at any time.',
  password: 'Password',
  passwordHint: 'Enter your Qin Yi Ban password before linking or unlinking',
  passwordNeeded: 'Please enter your Qin Yi Ban password first',
  link: 'Link',
  linkedAt: 'Linked on',
  unlink: 'Unlink',
  empty: 'No outside account linked yet',
  noProviders: 'No platform can be linked yet',
  signedOut: 'Please sign in to your Qin Yi Ban account first',
  unlinkConfirm: {
    title: 'Unlink',
    content: 'After unlinking, you can no longer sign in to Qin Yi Ban with this outside account.',
    confirm: 'Unlink',
    cancel: 'Cancel',
  },
  unlinkedToast: 'Unlinked',
};
