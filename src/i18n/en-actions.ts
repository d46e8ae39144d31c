import type { Catalog } from './catalog';
import type { zhCNActions } from './zh-CN-actions';

const CANCEL = 'Cancel';

/** The confirmations and success toasts of zh-CN-actions.ts, in English. */
export const enActions: Catalog<typeof zhCNActions> = {
  deleteMessage: {
    title: 'Delete this message?',
    content: 'It cannot be recovered.',
    confirmText: 'Delete',
    cancelText: CANCEL,
    destructive: true,
    done: 'Deleted',
  },
  signOut: {
    title: 'Sign out?',
    content: 'You will need to sign in again to use the services.',
    confirmText: 'Sign out',
    cancelText: CANCEL,
    destructive: true,
    done: 'Signed out',
  },
  requestCancellation: {
    title: 'Request account closure?',
    content: 'The account is closed after the cooling-off period; signing in before then withdraws the request.',
    confirmText: 'Request closure',
    cancelText: CANCEL,
    destructive: true,
    done: 'Requested',
  },
  withdrawRequest: {
    title: 'Withdraw this application?',
    content: 'You will need to submit it again.',
    confirmText: 'Withdraw',
    cancelText: CANCEL,
    destructive: true,
    done: 'Withdrawn',
  },
  approve: {
    title: 'Approve?',
    content: 'The applicant will be notified; this cannot be undone.',
    confirmText: 'Approve',
    cancelText: CANCEL,
    done: 'Approved',
  },
  reject: {
    title: 'Refuse?',
    content: 'The applicant will be notified; this cannot be undone.',
    confirmText: 'Refuse',
    cancelText: CANCEL,
    destructive: true,
    done: 'Done',
  },
  decide: {
    title: 'Confirm the decision?',
    content: 'The applicant will be notified of the result.',
    confirmText: 'Confirm',
    cancelText: CANCEL,
    done: 'Decided',
  },
  deleteFeedback: {
    title: 'Delete this feedback?',
    content: 'The feedback and its photos and voice note will be deleted and cannot be recovered.',
    confirmText: 'Delete',
    cancelText: CANCEL,
    destructive: true,
    done: 'Deleted',
  },
  pushToAll: {
    title: 'Send to all users?',
    content: 'The message goes to every subscribed user and cannot be recalled.',
    confirmText: 'Send',
    cancelText: CANCEL,
    destructive: true,
    done: 'Sent',
  },
};
