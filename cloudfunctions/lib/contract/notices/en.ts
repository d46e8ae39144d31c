export { enNoticeRoles } from './role-names';
import type { NoticeTexts } from './zh-MO';

const HOTLINE = 'If you disagree, call the service line 0756-8841889.';
const request = (status: string, sentence: string) => ({
  title: `{matter}: ${status}`,
  body: `Your application (no. {number}) ${sentence}.[ Note: {comment}]`,
});
const accountStatus = (title: string) => ({ title, body: `Reason: {reason}[, until {until}]. ${HOTLINE}` });
const rolesProposal = (title: string, outcome: string) => ({
  title: `Role grant proposal ${title}`,
  body: `You proposed granting the role “{roles}” to account {account}; ${outcome}.[ Note: {reason}]`,
});
const pushProposal = (title: string, outcome: string) => ({
  title: `Push to everyone ${title}`,
  body: `You proposed sending “{title}” to every user; ${outcome}.[ Note: {reason}]`,
});
const anomaly = (rule: string) => ({
  title: 'Audit alert: unusual activity',
  body: `[Staff member {staff}][A caller not signed in, {caller},] ${rule} {count} people within the hour from {windowStart}, above the alert line of {limit}. Please check the audit log.`,
});
const decided = (body: string) => ({ title: 'Your report has been handled', body });
const reported = (title: string) => ({ title, body: `Reason: {note}. ${HOTLINE}` });

export const enNotices: NoticeTexts = {
  'security.password-changed': {
    title: 'Password changed',
    body: 'The password of your Qin Yi Ban account was changed and every device has been signed out. If this was not you, call the service line at once.',
  },
  'security.sign-in-elsewhere': {
    title: 'Sign-in alert',
    body: 'On {time}, someone tried to sign in to your Qin Yi Ban account from another WeChat with the correct password and was refused. If this was not you, change your password now.',
  },
  'security.password-attempts': {
    title: 'Account security alert',
    body: 'Around {time}, someone repeatedly tried wrong passwords for your Qin Yi Ban account from another WeChat and has been blocked for a while. Your own WeChat is not affected; if you worry that your password has leaked, change it.',
  },
  'security.account-frozen': {
    title: 'Account frozen',
    body: 'On {time}, you reported from your bound WeChat that your account was stolen. The account is frozen and every sign-in has ended. To unfreeze it, pass a face check in this WeChat or bring your identity document to a service window.',
  },
  'security.account-unfrozen': {
    title: 'Account unfrozen',
    body: 'On {time}, you unfroze your account with a face check. We recommend changing your password now.',
  },
  'security.rebound': {
    title: 'Account bound to a new WeChat',
    body: 'After a face check, your Qin Yi Ban account is now bound to a new WeChat; the previous WeChat can no longer sign in. If this was not you, call the service line at once.',
  },
  'account.cancellation-requested': {
    title: 'Cancellation requested',
    body: 'Your account will be cancelled on {effectiveAt}, and your personal information deleted or anonymised then. Signing in before that withdraws the request.',
  },
  'account.cancellation-withdrawn': {
    title: 'Cancellation withdrawn',
    body: 'You signed in during the cooling-off period, so your cancellation request was withdrawn and your account stays open.',
  },
  'account.claim-frozen': {
    title: 'Account frozen',
    body: `The identity document of this account has been verified and claimed by its owner, so this account is frozen. Please bring your own identity document to a service window to explain. ${HOTLINE}`,
  },
  'account.status.active': accountStatus('Account back to normal'),
  'account.status.restricted': accountStatus('Account restricted'),
  'account.status.suspended': accountStatus('Account suspended'),
  'account.status.banned': accountStatus('Account banned'),
  'account.status.frozen': accountStatus('Account frozen'),
  'account.closed': { title: 'Account closed', body: 'Reason: {reason}' },
  'account.document-claim': {
    title: 'The account using your document was closed',
    body: 'Staff checked and closed the other account registered with your identity document.',
  },
  'identity-review.approved': {
    title: 'Real-name check passed',
    body: 'Staff verified your document: your account has a verified real name (level 2). The document photo has been deleted.',
  },
  'identity-review.rejected': {
    title: 'Real-name check not passed',
    body: 'Staff could not verify your document; the document photo has been deleted. Note: {comment}. Please take a new photo and submit it again.',
  },
  'proposal.roles.approved': rolesProposal('approved', 'it was approved and is in effect'),
  'proposal.roles.refused': rolesProposal('not approved', 'it was not approved'),
  'proposal.roles.expired': rolesProposal('lapsed', 'nobody approved it within 24 hours, so it lapsed'),
  'proposal.push.approved': pushProposal('approved', 'it was approved and is in effect'),
  'proposal.push.refused': pushProposal('not approved', 'it was not approved'),
  'proposal.push.expired': pushProposal('lapsed', 'nobody approved it within 24 hours, so it lapsed'),
  'request.status.submitted': request(
    'submitted, waiting to be accepted',
    'has been submitted and is waiting to be accepted',
  ),
  'request.status.accepted': request('accepted', 'has been accepted'),
  'request.status.supplement_requested': {
    title: '{matter}: more materials needed',
    body: 'Your application (no. {number}) needs more materials.[ Note: {comment}]',
  },
  'request.status.resubmitted': request(
    'supplemented, waiting for review',
    'has been supplemented and is waiting for review',
  ),
  'request.status.approved': request('completed (approved)', 'has been completed and approved'),
  'request.status.rejected': request('not approved', 'was not approved'),
  'request.status.delivered': request('delivered', 'has been delivered'),
  'request.status.closed': request('filed', 'has been filed'),
  'request.status.withdrawn': request('withdrawn', 'has been withdrawn'),
  'agent-grant.approved': {
    title: 'Agent authorisation approved',
    body: 'Your request to act as agent of {enterprise} was approved.[ Note: {comment}]',
  },
  'agent-grant.refused': {
    title: 'Agent authorisation not approved',
    body: 'Your request to act as agent of {enterprise} was not approved.[ Note: {comment}]',
  },
  'agent-grant.revoked': {
    title: 'Agent authorisation revoked',
    body: 'Your authorisation to act as agent of {enterprise} was revoked. Reason: {reason}',
  },
  'enterprise.taken-over': {
    title: 'Enterprise registration taken over by its legal representative',
    body: 'The enterprise registry shows that the legal representative of {enterprise} ({uscc}), which you registered, is someone else. The registration has been taken over by that legal representative, and your authorisations in the enterprise’s name were revoked. If you disagree, contact the Commercial Services Bureau.',
  },
  'privacy.correction.approved': { title: 'Your correction request has been handled', body: '{reply}' },
  'privacy.correction.refused': { title: 'Your correction request was declined', body: '{reply}' },
  'privacy.deletion.approved': { title: 'Your deletion request has been handled', body: '{reply}' },
  'privacy.deletion.refused': { title: 'Your deletion request was declined', body: '{reply}' },
  'privacy.question.approved': { title: 'Your question about your information has been answered', body: '{reply}' },
  'privacy.question.refused': { title: 'Your question about your information was declined', body: '{reply}' },
  'policy.published': {
    title: '《{document}》 will be updated on {effectiveDate}',
    body: 'What changes: {summary} The new version ({version}) takes effect on {effectiveDate}.',
  },
  'policy.published-reconsent': {
    title: '《{document}》 will be updated on {effectiveDate}',
    body: 'What changes: {summary} The new version ({version}) takes effect on {effectiveDate}. When you next open Qin Yi Ban after that, please read it and agree again; if you do not agree, you may ask to cancel your account.',
  },
  'audit.anomaly.reveals': anomaly('showed the full personal information of'),
  'audit.anomaly.reads': anomaly('viewed the personal information of'),
  'audit.anomaly.exports': anomaly('sent (exported) the contact information of'),
  'audit.anomaly.sign-in-failures': anomaly('failed to sign in to the accounts of'),
  'feedback.answered': { title: 'Your feedback has a reply', body: '{reply}' },
  'feedback.image-withdrawn': {
    title: 'An image you uploaded was removed',
    body: 'An image you uploaded with your feedback did not pass the content safety check and was deleted; the text of your feedback is not affected. To add material, please submit an image without such content.',
  },
  'report.decided.dismiss': decided(
    'We found no breach of the user agreement in the reported content, so no action was taken this time. Thank you for your vigilance.',
  ),
  'report.decided.warn': decided(
    'Your report was confirmed and the account concerned has been warned. Thank you for your vigilance.',
  ),
  'report.decided.remove': decided(
    'Your report was confirmed and the content concerned was deleted or hidden. Thank you for your vigilance.',
  ),
  'report.decided.restrict': decided(
    'Your report was confirmed and the account concerned has been restricted. Thank you for your vigilance.',
  ),
  'report.decided.freeze': decided(
    'The account you reported stolen is frozen and every sign-in has ended. Its owner can unfreeze it with a face check in the bound WeChat, or at a service window with their identity document.',
  ),
  'report.warned': reported('You received a warning'),
  'report.restricted': reported('Account restricted'),
  'report.removed': reported('Content you uploaded was deleted'),
  'report.frozen': {
    title: 'Account frozen',
    body: 'Someone reported this account stolen: it is frozen and every sign-in has ended. Reason: {note}. To unfreeze it, pass a face check in the bound WeChat, or bring your identity document to a service window.',
  },
};
