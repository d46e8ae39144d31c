import type { Catalog } from './catalog';
import type { zhCNFields } from './zh-CN-fields';

/** What each text field says before anything is typed (zh-CN-fields.ts), in English. */
export const enFields: Catalog<typeof zhCNFields> = {
  push: {
    title: 'e.g. Spring Festival hours',
    body: 'What happened, what it means',
    account: 'The person’s account name',
    accounts: 'Account names, separated by commas or spaces',
    matter: 'The service code',
    document: 'The document’s identifier',
    version: 'e.g. 2.0',
    starts: 'e.g. 2027-01-10 22:00',
    ends: 'e.g. 2027-01-11 06:00',
  },
  apply: {
    contact: 'Name of the person applying',
    mobile: 'Mobile number',
    address: 'Province, city, district and street address',
    text: 'Type here',
    number: 'A number',
    amount: 'An amount',
    uscc: '18-character code',
  },
  request: { commentLabel: 'Note (optional)', comment: 'Tell the officer about the documents you add' },
  enterprise: {
    uscc: '18-character code',
    name: 'Company name as on the business licence',
    representative: 'Name of the legal representative',
    documentNumber: 'Document number',
    revokeReason: 'Why the authorization is revoked (the applicant is told)',
  },
  report: { target: 'The content or account you report', text: 'What happened, briefly (optional)' },
  feedback: { label: 'Your feedback' },
  rights: {
    password: 'Your sign-in password',
    realName: 'Your name as on your document',
    documentNumber: 'The number on your document',
    reason: 'Your reason, briefly',
    what: 'Which information to delete',
    question: 'Your question',
  },
  staff: {
    comment: 'Your comment to the applicant',
    tracking: 'Courier tracking number',
    grantLabel: 'Review comment (optional)',
    grant: 'Your comment to the company',
    replyLabel: 'Reply',
    noteLabel: 'Handling note',
    reasonLabel: 'Reason',
    untilLabel: 'Suspended until',
    accountName: 'The account name to look up',
    actor: 'Account name of the staff member',
    subject: 'Account name of the person concerned',
    privacyReply: 'The outcome, or why the request is refused',
  },
};
