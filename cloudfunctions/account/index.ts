// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { createAccountDeps } from '../lib/account/create-account-deps';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { changePassword } from '../lib/account/change-password';
import { confirmFaceVerification, rebindWechat, resetPassword } from '../lib/account/face-actions';
import { startFaceVerification } from '../lib/account/face-start';
import { registerAccount } from '../lib/account/register-account';
import { requestCancellation } from '../lib/account/request-cancellation';
import { currentSession, getProfile, signOut } from '../lib/account/session-actions';
import { signIn } from '../lib/account/sign-in';
import { endOtherSessions, endSession, mySessions } from '../lib/account/my-sessions';
import { freezeStolen, unfreezeByFace } from '../lib/account/freeze-stolen';
import { runAccountTimer } from '../lib/account/account-timer';
import { runDueCancellations, setAccountRoles, setAccountStatus } from '../lib/account/staff-actions';
import { updateProfile } from '../lib/account/update-profile';
import { staffFindAccount } from '../lib/account/staff-find';
import { closeImpersonator } from '../lib/account/close-impersonator';
import { FUNCTIONS } from '../lib/contract/functions';
import { createIdentityReviewDeps, identityReviewActions } from '../lib/identity-review/identity-review-actions';
import { createProposalDeps, proposalActions } from '../lib/proposals/proposal-actions';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { cloudLinkedRepository } from '../lib/linked/cloud-linked.repository';
import { finishLink } from '../lib/linked/link-finish';
import type { LinkDeps } from '../lib/linked/link-deps';
import { startLink } from '../lib/linked/link-start';
import { confirmEnrolment, factorStatus, startEnrolment, verifyFactor } from '../lib/staff-factor/staff-factor-actions';
import { listLinked, listProviders, unlink } from '../lib/linked/list-and-unlink';

const a = FUNCTIONS.account;
// Keys and settings are checked here, when the instance loads: a missing key fails every call loudly.
const deps = createAccountDeps();
const reviewDeps = createIdentityReviewDeps(deps);
const proposalDeps = createProposalDeps(deps);
// Providers are read per call from the environment (lib/linked/linked-providers.ts).
const link: LinkDeps = { account: deps, linked: cloudLinkedRepository(), env: () => process.env };

export const main = createHandler(
  guardedActions('account', createConsentGuardDeps(), {
    [a.register]: (input, ctx) => registerAccount(input, ctx, deps),
    [a.signIn]: (input, ctx) => signIn(input, ctx, deps),
    [a.signOut]: (_input, ctx) => signOut(ctx, deps),
    [a.session]: (_input, ctx) => currentSession(ctx, deps),
    [a.profile]: (_input, ctx) => getProfile(ctx, deps),
    [a.updateProfile]: (input, ctx) => updateProfile(input, ctx, deps),
    [a.changePassword]: (input, ctx) => changePassword(input, ctx, deps),
    [a.resetPassword]: (input, ctx) => resetPassword(input, ctx, deps),
    [a.startFaceVerification]: (input, ctx) => startFaceVerification(input, ctx, deps),
    [a.confirmFaceVerification]: (input, ctx) => confirmFaceVerification(input, ctx, deps),
    [a.rebind]: (input, ctx) => rebindWechat(input, ctx, deps),
    [a.requestCancellation]: (input, ctx) => requestCancellation(input, ctx, deps),
    [a.setStatus]: (input, ctx) => setAccountStatus(input, ctx, deps),
    [a.setRoles]: (input, ctx) => setAccountRoles(input, ctx, proposalDeps),
    [a.closeDueCancellations]: (_input, ctx) => runDueCancellations(ctx, deps),
    [a.staffFind]: (input, ctx) => staffFindAccount(input, ctx, deps),
    [a.closeImpersonator]: (input, ctx) => closeImpersonator(input, ctx, deps),
    ...identityReviewActions(reviewDeps),
    ...proposalActions(proposalDeps),
    [a.linkStart]: (input, ctx) => startLink(link, input, ctx),
    [a.linkFinish]: (input, ctx) => finishLink(link, input, ctx),
    [a.linkList]: (input, ctx) => listLinked(link, input, ctx),
    [a.unlink]: (input, ctx) => unlink(link, input, ctx),
    [a.factorStatus]: (_input, ctx) => factorStatus(ctx, deps),
    [a.factorEnrolStart]: (_input, ctx) => startEnrolment(ctx, deps),
    [a.factorEnrolConfirm]: (input, ctx) => confirmEnrolment(input, ctx, deps),
    [a.factorVerify]: (input, ctx) => verifyFactor(input, ctx, deps),
    [a.mySessions]: (_input, ctx) => mySessions(ctx, deps),
    [a.endSession]: (input, ctx) => endSession(input, ctx, deps),
    [a.endOtherSessions]: (_input, ctx) => endOtherSessions(ctx, deps),
    [a.freezeStolen]: (_input, ctx) => freezeStolen(ctx, deps),
    [a.unfreeze]: (input, ctx) => unfreezeByFace(input, ctx, deps),
    [a.linkProviders]: () => listProviders(link),
  }),
  { context: wxContext, timer: () => runAccountTimer(deps) },
);
