// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { checkAccountSettings } from '../lib/account/account-settings';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { FUNCTIONS } from '../lib/contract/functions';
import { identityReviewActions } from '../lib/identity-review/identity-review-actions';
import { proposalActions } from '../lib/proposals/proposal-actions';
import { createHandler } from '../lib/handler/create-handler';
import { onFirstUse } from '../lib/handler/on-first-use';
import { wxContext } from '../lib/infra/cloud';

const a = FUNCTIONS.account;
// Keys and settings are checked here, when the instance loads: a missing key fails every call loudly.
checkAccountSettings();

/*
 * Issue 18 (cold start): a new instance loads with the consent guard and the handler only. The deps
 * (repositories, seals, notifier) are wired on the first call, and each action's use case, with its
 * valibot schemas, is imported when the action is first called: esbuild keeps such a module in the
 * bundle but inside a function that runs on first use. Measured (npm run bench, cold-start; 2-core
 * machine under load): the bundle's load builds 94 valibot schemas instead of 310, and its CPU time
 * on top of wx-server-sdk fell about 10 % (the rest is V8 pre-parsing the 222 KB bundle).
 */
const wired = onFirstUse(async () => (await import('../lib/account/account-wiring')).wireAccount());
const deps = async () => (await wired()).deps;
const link = async () => (await wired()).link;
const sessionActions = () => import('../lib/account/session-actions');
const faceActions = () => import('../lib/account/face-actions');
const staffActions = () => import('../lib/account/staff-actions');
const mySessions = () => import('../lib/account/my-sessions');
const freeze = () => import('../lib/account/freeze-stolen');
const linkedLists = () => import('../lib/linked/list-and-unlink');
const staffFactor = () => import('../lib/staff-factor/staff-factor-actions');

export const main = createHandler(
  guardedActions('account', createConsentGuardDeps(), {
    [a.register]: async (input, ctx) =>
      (await import('../lib/account/register-account')).registerAccount(input, ctx, await deps()),
    [a.signIn]: async (input, ctx) => (await import('../lib/account/sign-in')).signIn(input, ctx, await deps()),
    [a.signOut]: async (_input, ctx) => (await sessionActions()).signOut(ctx, await deps()),
    [a.session]: async (_input, ctx) => (await sessionActions()).currentSession(ctx, await deps()),
    [a.profile]: async (_input, ctx) => (await sessionActions()).getProfile(ctx, await deps()),
    [a.updateProfile]: async (input, ctx) =>
      (await import('../lib/account/update-profile')).updateProfile(input, ctx, await deps()),
    [a.changePassword]: async (input, ctx) =>
      (await import('../lib/account/change-password')).changePassword(input, ctx, await deps()),
    [a.resetPassword]: async (input, ctx) => (await faceActions()).resetPassword(input, ctx, await deps()),
    [a.startFaceVerification]: async (input, ctx) =>
      (await import('../lib/account/face-start')).startFaceVerification(input, ctx, await deps()),
    [a.confirmFaceVerification]: async (input, ctx) =>
      (await faceActions()).confirmFaceVerification(input, ctx, await deps()),
    [a.rebind]: async (input, ctx) => (await faceActions()).rebindWechat(input, ctx, await deps()),
    [a.requestCancellation]: async (input, ctx) =>
      (await import('../lib/account/request-cancellation')).requestCancellation(input, ctx, await deps()),
    [a.setStatus]: async (input, ctx) => (await staffActions()).setAccountStatus(input, ctx, await deps()),
    [a.setRoles]: async (input, ctx) => (await staffActions()).setAccountRoles(input, ctx, (await wired()).proposals),
    [a.closeDueCancellations]: async (_input, ctx) => (await staffActions()).runDueCancellations(ctx, await deps()),
    [a.staffFind]: async (input, ctx) =>
      (await import('../lib/account/staff-find')).staffFindAccount(input, ctx, await deps()),
    [a.closeImpersonator]: async (input, ctx) =>
      (await import('../lib/account/close-impersonator')).closeImpersonator(input, ctx, await deps()),
    ...identityReviewActions(async () => (await wired()).review),
    ...proposalActions(async () => (await wired()).proposals),
    [a.linkStart]: async (input, ctx) => (await import('../lib/linked/link-start')).startLink(await link(), input, ctx),
    [a.linkFinish]: async (input, ctx) =>
      (await import('../lib/linked/link-finish')).finishLink(await link(), input, ctx),
    [a.linkList]: async (input, ctx) => (await linkedLists()).listLinked(await link(), input, ctx),
    [a.unlink]: async (input, ctx) => (await linkedLists()).unlink(await link(), input, ctx),
    [a.factorStatus]: async (_input, ctx) => (await staffFactor()).factorStatus(ctx, await deps()),
    [a.factorEnrolStart]: async (_input, ctx) => (await staffFactor()).startEnrolment(ctx, await deps()),
    [a.factorEnrolConfirm]: async (input, ctx) => (await staffFactor()).confirmEnrolment(input, ctx, await deps()),
    [a.factorVerify]: async (input, ctx) => (await staffFactor()).verifyFactor(input, ctx, await deps()),
    [a.mySessions]: async (_input, ctx) => (await mySessions()).mySessions(ctx, await deps()),
    [a.endSession]: async (input, ctx) => (await mySessions()).endSession(input, ctx, await deps()),
    [a.endOtherSessions]: async (_input, ctx) => (await mySessions()).endOtherSessions(ctx, await deps()),
    [a.freezeStolen]: async (_input, ctx) => (await freeze()).freezeStolen(ctx, await deps()),
    [a.unfreeze]: async (input, ctx) => (await freeze()).unfreezeByFace(input, ctx, await deps()),
    [a.linkProviders]: async () => (await linkedLists()).listProviders(await link()),
  }),
  {
    context: wxContext,
    timer: async () => (await import('../lib/account/account-timer')).runAccountTimer(await deps()),
  },
);
