import type { ActionOf, FunctionName } from '../contract/functions';
import type { PersonalCategory as C } from './processing-categories';

/**
 * What every action of every function does with personal information, and on what basis
 * (privacy policy §4 and §8.5; PIPL arts. 13–15, 29). The consent guard (guarded-actions.ts)
 * reads this table in front of each action; an action missing here stops its function loading.
 *
 * - `consent`: the caller's own information, on their consent. The launch documents in force must
 *   be agreed by this WeChat identity (CONSENT.REQUIRED), and every sensitive category needs that
 *   purpose's separate consent on record (CONSENT.SENSITIVE_REQUIRED).
 * - `staff`: other people's information, processed under the bureau's legal duty (PIPL art.
 *   13(1)(3), art. 34), not on the staff member's consent. The staff member must still have agreed
 *   to the launch documents, as every user of the app does; no separate consent of their own is
 *   asked, since the sensitive information is not theirs. The role is checked by the use case.
 * - `exempt`: reachable without consent, each for the reason given.
 */
export type ProcessingRule =
  | { basis: 'consent' | 'staff'; categories: readonly C[] }
  | { basis: 'exempt'; categories: readonly C[]; reason: string };

export type ProcessingCatalog = { [F in FunctionName]: Record<ActionOf<F>, ProcessingRule> };

const consent = (...categories: C[]): ProcessingRule => ({ basis: 'consent', categories });
const staff = (...categories: C[]): ProcessingRule => ({ basis: 'staff', categories });
const exempt = (reason: string, ...categories: C[]): ProcessingRule => ({ basis: 'exempt', reason, categories });

const DOCUMENTS = 'the documents themselves: readable before deciding (PIPL art. 17); no personal information';
const PUBLIC = 'public service guide: guests browse it; no personal information';
const CONSENTING = 'consent itself: agreeing cannot require having agreed';
const WITHDRAWING = 'withdrawing is as easy as agreeing (PIPL art. 15): nothing may stand in front of it';
const OWN_RECORD = "one's own consent record: a person may always see and verify what they agreed to (arts. 44-45)";
const REGISTER =
  'carries its own consent: refused without the documents in force (ACCOUNT.CONSENT_REQUIRED); records them ' +
  'and the ID-number consent in the same step (agreement §10.3)';
const RIGHTS =
  'exercising rights (copy, correction, deletion, cancellation; PIPL arts. 44-47, policy §8.5): answering is ' +
  'a legal duty (art. 50) and must stay reachable after withdrawal';
const SIGN_IN = `${RIGHTS}; signing in is the only door to them, every other action stays guarded`;
const OWN_PROFILE = `${RIGHTS}; the profile is where a person who refused a new version cancels the account`;
const ANNOUNCEMENTS =
  'maintenance and service-change announcements (agreement §8.2, §8.4): shown to everyone, guests included; ' +
  'no personal information';
const PROVIDERS = 'the outside platforms one may sign in through, shown before signing in: no personal information';
const SIGN_OUT = 'ends processing (sign-out): never blocked';
const REPORTING =
  'reports (举报, agreement §5.9): taking them is the service’s legal duty (Cybersecurity Law art. 49), so ' +
  'anyone reports, guests and people who agreed to nothing included; limited per WeChat identity';

export const PROCESSING_CATALOG: ProcessingCatalog = {
  policy: {
    current: exempt(DOCUMENTS),
    upcoming: exempt(DOCUMENTS),
    publish: staff('account', 'message'),
    publications: staff('account'),
    sendNotices: staff('account', 'message', 'contact'),
  },
  consent: {
    grant: exempt(CONSENTING, 'wechat-identity', 'consent-record'),
    withdraw: exempt(WITHDRAWING, 'wechat-identity', 'consent-record'),
    // The consent function itself asks for the launch documents first (CONSENT.BASE_REQUIRED).
    grantSensitive: exempt(CONSENTING, 'wechat-identity', 'consent-record'),
    withdrawSensitive: exempt(WITHDRAWING, 'wechat-identity', 'consent-record'),
    status: exempt(OWN_RECORD, 'wechat-identity', 'consent-record'),
    history: exempt(OWN_RECORD, 'wechat-identity', 'consent-record'),
    verify: exempt(OWN_RECORD, 'wechat-identity', 'consent-record'),
  },
  account: {
    register: exempt(REGISTER, 'wechat-identity', 'account', 'identity', 'id-number', 'contact', 'consent-record'),
    signIn: exempt(SIGN_IN, 'wechat-identity', 'account'),
    signOut: exempt(SIGN_OUT, 'wechat-identity'),
    session: exempt(RIGHTS, 'wechat-identity', 'account'),
    // One's own information, masked (PIPL art. 45), and the page that cancels the account: a person who
    // refused a new version is sent there to close it (agreement §10), so it must stay reachable.
    profile: exempt(OWN_PROFILE, 'account', 'identity', 'id-number', 'contact'),
    updateProfile: consent('account', 'contact'),
    changePassword: consent('account'),
    // Face first: the face consent is the one a face check asks for before anything else.
    resetPassword: consent('face', 'id-number', 'identity', 'account'),
    // WeChat's face check is started with the registered name and ID number and read back in the cloud.
    startFaceVerification: consent('face', 'id-number', 'identity', 'account'),
    confirmFaceVerification: consent('face', 'id-number', 'identity', 'account'),
    rebind: consent('face', 'id-number', 'identity', 'account', 'wechat-identity'),
    requestCancellation: exempt(RIGHTS, 'account'),
    setStatus: staff('account', 'message'),
    setRoles: staff('account'),
    closeDueCancellations: staff('account', 'identity', 'id-number', 'contact', 'wechat-identity'),
    staffFind: staff('account', 'identity'),
    // A document photo for the staff real-name check (L2 for permits and passports).
    submitIdentityDocument: consent('account', 'identity', 'id-number', 'material'),
    myIdentityReview: consent('account'),
    identityReviewQueue: staff('account'),
    openIdentityReview: staff('account', 'identity', 'id-number', 'material'),
    decideIdentityReview: staff('account', 'identity', 'material', 'message'),
    // Closing an impersonating account erases all of it, as a due cancellation does.
    // Two-person rule: the waiting role grants name accounts; approving one sets their roles.
    proposals: staff('account'),
    decideProposal: staff('account', 'message'),
    closeImpersonator: staff('account', 'identity', 'id-number', 'contact', 'wechat-identity', 'message'),
    // Linked outside accounts (policy §7.1): binding one is processing the person agreed to; signing
    // in through one is a way in, like signIn; unlinking is withdrawing, possible at any time.
    linkStart: exempt(SIGN_IN, 'wechat-identity', 'account'),
    linkFinish: exempt(SIGN_IN, 'wechat-identity', 'account'),
    linkList: consent('account'),
    // Which outside platforms one may sign in through: shown on the sign-in page, before anyone is known.
    linkProviders: exempt(PROVIDERS),
    unlink: exempt(WITHDRAWING, 'account'),
    // The staff second factor (policy §6.3.1(3)): the staff member's own authenticator, no one else's data.
    factorStatus: consent('account'),
    factorEnrolStart: consent('account'),
    factorEnrolConfirm: consent('account'),
    factorVerify: consent('account'),
    // My sessions (issue 15): seeing one's own sign-ins is a right; ending them ends processing.
    mySessions: exempt(RIGHTS, 'wechat-identity', 'account'),
    endSession: exempt(SIGN_OUT, 'account'),
    endOtherSessions: exempt(SIGN_OUT, 'account'),
    // "My account was stolen": stopping everything at once can never wait for a consent.
    freezeStolen: exempt(SIGN_OUT, 'wechat-identity', 'account'),
    unfreeze: consent('face', 'id-number', 'identity', 'account'),
  },
  // An upload's bytes are the person's photos and scans; what they show is named where they are used.
  files: {
    prepareUpload: consent('material'),
    confirmUpload: consent('material'),
    // Retention (config/retention.ts): deletes expired records of everyone; an admin's duty, not consent.
    purgeExpired: staff('material', 'message', 'account', 'contact'),
    // Erasure is a right (PIPL art. 47): it works after consent is withdrawn, like the other rights.
    deleteUpload: exempt(RIGHTS, 'material'),
    // Seeing what I uploaded is how I choose what to delete (arts. 45, 47): reachable like the deletion.
    myUploads: exempt(RIGHTS, 'material'),
  },
  requests: {
    catalog: exempt(PUBLIC),
    matter: exempt(PUBLIC),
    // Materials include identity-document copies (e.g. SOLE-TRADER-REG's `identity`): ID numbers.
    submit: consent('request', 'material', 'contact', 'identity', 'id-number'),
    mine: consent('request'),
    detail: consent('request', 'material', 'contact', 'identity', 'id-number'),
    withdraw: consent('request'),
    resubmit: consent('request', 'material', 'id-number'),
    registerEnterprise: consent('enterprise', 'identity', 'id-number'),
    takeOverEnterprise: consent('enterprise', 'identity', 'id-number'),
    findEnterprise: consent('enterprise'),
    myEnterprises: consent('enterprise', 'identity', 'id-number'),
    requestGrant: consent('enterprise', 'material', 'identity'),
    myGrants: consent('enterprise', 'identity'),
    enterpriseGrants: consent('enterprise', 'identity'),
    revokeGrant: consent('enterprise'),
    queue: staff('request', 'identity'),
    staffDetail: staff('request', 'material', 'contact', 'identity', 'id-number'),
    assign: staff('request'),
    accept: staff('request', 'message'),
    requestSupplement: staff('request', 'message'),
    approve: staff('request', 'material', 'message'),
    reject: staff('request', 'message'),
    deliver: staff('request', 'contact', 'message'),
    close: staff('request', 'message'),
    grantQueue: staff('enterprise', 'identity'),
    grantDetail: staff('enterprise', 'identity', 'material'),
    decideGrant: staff('enterprise', 'message'),
    updateMatter: staff('account'),
  },
  oidc: {
    // Reading who asks and for what is what a person must see before deciding (PIPL art. 17).
    request: exempt('the requesting service, its scopes and its own terms: readable before deciding', 'account'),
    approve: consent('account', 'identity', 'contact', 'enterprise'),
    authorizations: consent('account'),
    revoke: exempt(WITHDRAWING, 'account'),
    // Admins register services: the admin's own account id is recorded, nobody else's information.
    clientAdd: staff('account'),
    clientList: staff('account'),
    clientDisable: staff('account'),
    clientSetLogo: staff('account'),
    // Scan-to-sign-in: the same reading, approval and refusal as the redirect flow, by QR id.
    qrRequest: exempt('the requesting service, its scopes and its own terms: readable before deciding', 'account'),
    qrApprove: consent('account', 'identity', 'contact', 'enterprise'),
    qrDeny: exempt(WITHDRAWING, 'account'),
  },
  feedback: {
    submit: consent('feedback', 'material'),
    mine: consent('feedback', 'material'),
    guestSubmit: consent('feedback', 'contact'),
    queue: staff('feedback', 'contact'),
    assign: staff('feedback'),
    reply: staff('feedback', 'message'),
    close: staff('feedback'),
    // Erasure is a right (PIPL art. 47): it works after consent is withdrawn, like the other rights.
    remove: exempt(RIGHTS, 'feedback', 'material'),
    report: exempt(REPORTING, 'wechat-identity', 'feedback'),
    reportQueue: staff('feedback'),
    decideReport: staff('feedback', 'account', 'material', 'message'),
  },
  notify: {
    inbox: consent('message'),
    unreadCount: consent('message'),
    markRead: consent('message'),
    markAllRead: consent('message'),
    deleteMessage: consent('message'),
    templates: consent('message'),
    recordGrants: consent('message'),
    preferences: consent('message'),
    setPreference: consent('message'),
    createPushJob: staff('message', 'account'),
    runPushJob: staff('message', 'contact'),
    pushJobStatus: staff('message'),
    resumePushJobs: staff('message', 'contact'),
    announcements: exempt(ANNOUNCEMENTS),
    publishAnnouncement: staff('message', 'account'),
  },
  privacy: {
    file: exempt(RIGHTS, 'privacy-request', 'identity', 'id-number'),
    mine: exempt(RIGHTS, 'privacy-request'),
    cancel: exempt(RIGHTS, 'privacy-request'),
    copy: exempt(RIGHTS, 'account', 'identity', 'id-number', 'contact', 'request', 'consent-record'),
    queue: staff('privacy-request', 'identity'),
    detail: staff('privacy-request', 'identity'),
    reveal: staff('privacy-request', 'identity', 'id-number'),
    decide: staff('privacy-request', 'identity', 'id-number', 'message'),
    // The audit trail: account ids, actions and times (policy §6.3.1(4)); admins only.
    verifyAudit: staff('account'),
    auditLog: staff('account'),
  },
};
