/**
 * Opening a person's identity check shows their full name, document number and document photo, so
 * it needs the same step-up as a privacy reveal (policy §6.3.1(3), issue 15): a code from the
 * authenticator in the last 5 minutes. Through the real account function with the factor required.
 */
import type { FactorEnrolment } from '../../../cloudfunctions/lib/contract/staff-factor';
import type { IdentityReviewDetail } from '../../../cloudfunctions/lib/contract/identity-review';
import { totpCode } from '../../../cloudfunctions/lib/staff-factor/totp';
import { callAs } from '../../support/call-as';
import { DAVE, STAFF, requestsCloud } from '../requests/requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

process.env.QYB_STAFF_FACTOR = 'required';
jest.setTimeout(120_000);

const t = requestsCloud();
const STEP_MS = 30_000;

describe('opening an identity check', () => {
  let env: string;
  let reviewId: string;
  let secret: string;

  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [DAVE, STAFF]);
    const uploadId = await t.upload(env, DAVE, 'material');
    expect(await t.code(env, DAVE.openid, 'submitIdentityDocument', { uploadId })).toBe('OK');
    const [dave] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: DAVE.accountName });
    reviewId = dave?._id ?? '';
    ({ secret } = await t.accountData<FactorEnrolment>(env, STAFF.openid, 'factorEnrolStart'));
    await t.accountData(env, STAFF.openid, 'factorEnrolConfirm', { code: totpCode(secret, Date.now()) });
  });

  it('is refused without a step-up in the last 5 minutes, and the check stays free', async () => {
    // The step-up of the enrolment, six minutes old.
    const [staff] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: STAFF.accountName });
    const [session] = await t.find<{ _id: string }>(env, COLLECTIONS.sessions, {
      accountId: staff?._id,
      endedAt: null,
    });
    await t
      .db(env)
      .collection(COLLECTIONS.sessions)
      .doc(session?._id ?? '')
      .update({ data: { stepUpAt: Date.now() - 6 * 60_000 } });

    const refused = await callAs(t.cloud(), env, STAFF.openid, 'account', 'openIdentityReview', { reviewId });
    expect(refused.ok || refused.error.code).toBe('STAFF.STEP_UP_REQUIRED');
    expect(JSON.stringify(refused)).not.toContain(DAVE.document.number);
    // The queue (document types only) needs no step-up.
    expect(await t.code(env, STAFF.openid, 'identityReviewQueue', {})).toBe('OK');
    const [review] = await t.find<{ reviewerId: string | null }>(env, COLLECTIONS.identityReviews, { _id: reviewId });
    expect(review?.reviewerId).toBeNull();
    const audited = await t.find<{ action: string }>(env, COLLECTIONS.auditLog, { target: reviewId });
    expect(audited.map((a) => a.action)).not.toContain('identity-review.opened');
  });

  it('opens after a fresh code', async () => {
    // The next time step: the enrolment used the current one, and each code works once.
    const next = (Math.floor(Date.now() / STEP_MS) + 1) * STEP_MS + 1_000;
    await t.accountData(env, STAFF.openid, 'factorVerify', { code: totpCode(secret, next) });
    const opened = await t.accountData<IdentityReviewDetail>(env, STAFF.openid, 'openIdentityReview', { reviewId });
    expect(opened).toMatchObject({ realName: DAVE.realName, documentNumber: DAVE.document.number });
  });
});
