import type { Catalog } from './catalog';
import type { zhCNIdentity } from './zh-CN-identity';

/** The real-name check screens' strings (zh-CN-identity.ts) in English. */
export const enIdentity: Catalog<typeof zhCNIdentity> = {
  title: 'Verify your real name',
  intro: 'Some matters, enterprise registration and agent authorisations need a verified real name (level 2).',
  current: (level: string) => `Your verification level: ${level}`,
  verified: 'Your real name is verified: you can apply for matters that need it.',
  faceRoute: 'You registered a mainland resident ID card: verify your real name with WeChat face verification.',
  toFace: 'Start face verification',
  photoRoute:
    'WeChat face verification takes mainland resident ID cards only. Photograph the document you registered (photo and number clear, nothing covered) and submit it: a staff member checks the name and number, and the photo is deleted once they decide.',
  takePhoto: 'Photograph your document',
  pickPhoto: 'Choose from the album',
  photoChosen: (name: string) => `Chosen: ${name}`,
  submit: 'Submit for staff check',
  pending: (time: string) =>
    `Submitted at ${time}; waiting for a staff member to check it. You will be told the result in My messages.`,
  approved: 'A staff member checked your document: your real name is verified.',
  refused: (reason: string) => `Not verified: ${reason}. Please take a new photo as described and submit again.`,
  refusedNoReason: 'Not verified. Please take a new photo and submit again.',
  signedOut: 'Please sign in before verifying your real name.',
  toProfile: 'Back to my account',
  entry: 'Verify my real name',
  staff: {
    title: 'Real-name checks',
    entry: 'Real-name checks',
    intro:
      'Opening a check makes it yours: only you see the document photo and decide; the photo is deleted on your decision.',
    empty: 'No documents waiting for a check',
    submittedAt: 'Submitted',
    taken: 'Taken by a staff member',
    open: 'Open check',
    realName: 'Registered name',
    documentNumber: 'Registered document number',
    noPhoto: 'Photo not available',
    photo: 'The document photo the applicant handed in',
    comment: 'Explanation (required when refusing; the person is told)',
    commentPlaceholder: 'e.g. photo blurred, number unreadable',
    approve: 'Verified',
    refuse: 'Refuse',
    commentRequired: 'Please write an explanation when refusing',
    back: 'Back to the list',
  },
  confirmApprove: {
    title: 'Confirm the check?',
    content:
      'Make sure the name and number in the photo match the registration. The account becomes level 2 and the photo is deleted.',
    confirmText: 'Verify',
    cancelText: 'Back',
    done: 'Verified',
  },
  confirmRefuse: {
    title: 'Refuse the check?',
    content: 'The person receives your explanation, the photo is deleted and they can submit again.',
    confirmText: 'Refuse',
    cancelText: 'Back',
    done: 'The person was told',
  },
  impersonator: {
    title: 'Close an account using someone else’s document',
    intro:
      'Only when the document’s owner has claimed it, or shown at the window that this account uses their document. Closing frees the document so its owner can register.',
    reason: 'Reason (kept in the audit trail and told to the account)',
    submit: 'Close this account',
  },
  confirmClose: {
    title: 'Close this account?',
    content: 'The account is closed and its personal information deleted or anonymised. This cannot be undone.',
    confirmText: 'Close',
    cancelText: 'Cancel',
    done: 'Account closed',
  },
  claim: {
    offer: 'This is my document: I claim it',
    explain:
      'Another account registered this document. If it is yours, you can claim it: your account is created without the document for now; once your real name is verified (face verification for mainland ID cards, otherwise a document photo checked by staff) the document becomes yours, and the other account is frozen until staff check and close it.',
    submit: 'Claim and register',
  },
};
