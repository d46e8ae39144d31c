import type { ReportKind, ReportOutcome, ReportReason } from '../../cloudfunctions/lib/contract/reports';
import type { Catalog } from './catalog';
import type { zhCNReports } from './zh-CN-reports';

const CANCEL = 'Cancel';

/** Reports and the staff feedback and report queues (zh-CN-reports.ts), in English. */
export const enReports: Catalog<typeof zhCNReports> = {
  kinds: { account: 'Account', message: 'Message', content: 'Uploaded content' } satisfies Record<ReportKind, string>,
  reasons: {
    illegal: 'Illegal or against the rules',
    fraud: 'Fraud or impersonation',
    harassment: 'Harassment or abuse',
    privacy: "Discloses other people's information",
    compromised: 'Account stolen',
    other: 'Other',
  } satisfies Record<ReportReason, string>,
  outcomes: {
    dismiss: 'No action',
    warn: 'Warning',
    remove: 'Remove content',
    restrict: 'Restrict account',
    freeze: 'Freeze account',
  } satisfies Record<ReportOutcome, string>,
  entry: {
    link: 'Report an account or content',
    title: 'Report',
    intro:
      'Under article 5.9 of the user agreement you can report accounts, messages or content that break the agreement. We check and tell you the outcome in your inbox.',
    kind: 'What you report',
    target: { account: 'Account name', message: 'Message number', content: 'Content number' } satisfies Record<
      ReportKind,
      string
    >,
    reason: 'Reason',
    text: 'Details (optional)',
    submit: 'Send report',
    sent: 'Report sent. We will tell you the outcome in your inbox.',
    stolen: 'My account was stolen',
    stolenIntro:
      'Someone else is using your account and you cannot sign in? Enter the stolen account name and how to reach you. Once staff have checked, they freeze the account and tell you the outcome.',
    contact: 'Contact',
    contactPlaceholder: 'Mobile number or email',
    stolenSubmit: 'Report stolen account',
    stolenSent:
      'Report sent. Once staff have checked, they freeze the account and tell you the outcome through the contact you gave.',
  },
  feedbackQueue: {
    title: 'Feedback and complaints',
    empty: 'No feedback waiting.',
    escalated: 'Overdue',
    due: 'Reply by',
    guest: 'Guest',
    contact: 'Contact',
    assignee: 'Handled by',
    unassigned: 'Unassigned',
    assign: 'Assign to me',
    reply: 'Reply',
    replyPlaceholder: "Reply (sent to the person's inbox)",
    close: 'Close',
    unverified:
      'A complaint about personal information can be answered only once the complainant is verified: they have neither completed face verification nor had their document checked by staff (the document details entered at registration do not prove who they are). Ask them to complete face verification in My account, or have staff check their document.',
  },
  reportQueue: {
    title: 'Reports',
    empty: 'No reports waiting.',
    flagged: 'Urgent: account may be stolen',
    notePlaceholder: 'Note on the decision (told to the person when warned or restricted)',
    noteRequired: 'Please write a note on the decision first',
  },
  decideReport: {
    title: 'Decide this report?',
    content: 'The reporter is told the outcome and it is written to the audit log; it cannot be changed afterwards.',
    confirmText: 'Decide',
    cancelText: CANCEL,
    destructive: true,
    done: 'Decided',
  },
  closeFeedback: {
    title: 'Close this feedback?',
    content: 'Once closed it leaves the queue of feedback waiting.',
    confirmText: 'Close',
    cancelText: CANCEL,
    destructive: false,
    done: 'Closed',
  },
};
