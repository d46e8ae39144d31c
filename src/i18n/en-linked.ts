import type { Catalog } from './catalog';
import type { zhCNLinked } from './zh-CN-linked';

/** The linked-accounts screen's strings (zh-CN-linked.ts) in English. */
export const enLinked: Catalog<typeof zhCNLinked> = {
  entry: 'Linked accounts',
  /** Outside platforms by id, in the UI language (the cloud's name is the fallback). */
  providers: { yuexinqian: 'Yuexinqian' },
  intro:
    'Once you link an outside account (such as Yuexinqian), you can sign in to Qin Yi Ban with it. An outside account can be linked to one Qin Yi Ban account only, and you can unlink it at any time.',
  password: 'Password',
  passwordHint: 'Your Qin Yi Ban password',
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
  signInWith: (platform: string) => `Sign in with a linked account (${platform})`,
  signInHint:
    'If you linked an outside account in the privacy center, you can sign in with it; this WeChat must still be the one bound to that Qin Yi Ban account.',
  callback: {
    finishing: 'Confirming the outside account…',
    declined: 'You cancelled at the platform; nothing was linked and you are not signed in.',
    incomplete: 'The platform returned no result; please start again.',
    linkedToast: 'Linked',
    signedInToast: 'Signed in',
    toSignIn: 'Back to sign-in',
    toLinked: 'Go to linked accounts',
  },
};
