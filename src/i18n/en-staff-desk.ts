import { enNoticeRoles } from '../../cloudfunctions/lib/contract/notices/role-names';
import type { Catalog } from './catalog';
import type { zhCNStaffDesk } from './zh-CN-staff-desk';

/** The staff subpackage's account and privacy-request screens (zh-CN-staff-desk.ts) in English. */
export const enStaffDesk: Catalog<typeof zhCNStaffDesk> = {
  desk: {
    loading: 'Reading your staff permissions…',
    signIn: 'Sign in',
    roles: 'Your roles: ',
    none: 'Your account has no staff permissions. Ask an administrator to grant them.',
    entries: {
      queue: {
        title: 'Application queue',
        purpose: 'See applications by matter and status; accept, request documents, decide and deliver',
      },
      grants: {
        title: 'Agent authorisations',
        purpose: 'Check authorisation documents; approve or refuse company agents',
      },
      push: { title: 'Send notices', purpose: 'Send notices to chosen groups and follow the sending' },
      accounts: { title: 'Accounts', purpose: 'Find accounts; set their status and roles' },
      privacyRequests: {
        title: 'Personal information requests',
        purpose: 'Handle correction, deletion and question requests (reply within 15 working days)',
      },
      audit: {
        title: 'Audit log',
        purpose: 'Check the audit chain; see entries and alerts by staff member, action and time',
      },
      feedback: {
        title: 'Feedback and complaints',
        purpose: 'Handle feedback by its reply deadline: assign, reply, close (reply within 15 working days)',
      },
      identityReviews: {
        title: 'Real-name checks',
        purpose:
          'Check document photos of Hong Kong, Macao and Taiwan residents and foreigners: real name verified (level 2)',
      },
      oidcClients: {
        title: 'Third-party services',
        purpose: 'Register the services that sign people in with a Qin Yi Ban account, with their terms; disable one',
      },
      reports: {
        title: 'Reports',
        purpose: 'Check reports; warn, remove content or restrict accounts, and tell the reporter',
      },
    },
    approvals: {
      title: 'Waiting for a second administrator',
      grant: 'Give {account} the roles: {roles}',
      push: 'Push to everyone ({count} people): {title}',
      announcement: 'Announcement pushed to everyone ({count} people): {title}',
      proposedBy: 'Proposed by {name}, {at}; lapses unless approved by {until}',
      mine: 'You proposed this or it concerns you: another administrator must decide',
      approve: 'Approve',
      reject: 'Reject',
      confirmApprovePush: {
        title: 'Approve the push to everyone',
        content: 'It is sent to everyone at once and the proposer is told.',
        confirmText: 'Approve and send',
        cancelText: 'Cancel',
        done: 'Approved and sent',
      },
      confirmApprove: {
        title: 'Approve the roles',
        content: 'The roles take effect at once and the proposer is told.',
        confirmText: 'Approve',
        cancelText: 'Cancel',
        done: 'Approved',
      },
      confirmReject: {
        title: 'Reject the roles',
        content: 'The roles stay as they are and the proposer is told.',
        confirmText: 'Reject',
        cancelText: 'Cancel',
        done: 'Rejected',
      },
    },
    publishNote:
      'New versions of the agreements are published by policy publishers in the publishing tool, not on this page.',
  },
  accounts: {
    title: 'Accounts',
    accountName: 'Account name',
    find: 'Find',
    realName: 'Name',
    status: 'Status',
    reason: 'Reason',
    until: 'Until',
    roles: 'Roles',
    setStatus: 'Set account status',
    newState: 'New status',
    reasonPlaceholder: 'Reason (shown to the user)',
    untilPlaceholder: 'Suspended until YYYY-MM-DD',
    saveStatus: 'Save status',
    setRoles: 'Set roles (administrators only)',
    saveRoles: 'Save roles',
    stolenTitle: 'Stolen account reports',
    stolenEmpty: 'No stolen account reports to handle.',
    stolenAccount: 'Stolen account',
    reportedAt: 'Reported',
    contact: 'Contact',
    noContact: 'The reporter was signed in: the outcome goes to their inbox',
    freeze: 'Freeze',
    dismiss: 'Dismiss',
    freezeNote: 'Checked: the owner reported the account stolen',
    frozenDone: 'Account frozen; the reporter has been told',
    confirmFreeze: {
      title: 'Freeze this account?',
      content:
        'Every sign-in of the account ends, and nobody can sign in or use services until its owner unfreezes it by face verification or at a service counter. The reporter is told the outcome.',
      confirmText: 'Freeze',
      cancelText: 'Cancel',
      destructive: true,
    },
    proposed: 'Submitted: it takes effect once another administrator approves it within 24 hours',
    saved: 'Saved',
    roleNames: enNoticeRoles.names,
  },
  requests: {
    title: 'Personal information requests',
    filters: { open: 'To do', approved: 'Done', refused: 'Refused', cancelled: 'Withdrawn' },
    empty: 'No requests',
    overdue: 'Overdue',
    due: 'Due',
    current: 'Registered now',
    proposed: 'Correct to',
    reveal: 'Show in full (the viewing is logged)',
    revealed: 'In full (viewing logged)',
    reply: 'Reply (give the reason when refusing)',
    approve: 'Do it',
    refuse: 'Refuse',
    decided: 'Handled',
    back: 'Back to the list',
  },
};
