/**
 * Assurance levels through the real SDK (issue 15): a Macao resident (travel permit, which WeChat's
 * face check does not take) is L1 after registering; a matter that declares L2 refuses them with
 * IDENTITY.LEVEL_REQUIRED; they hand in a document photo, one reviewer opens and approves it (the
 * photo shown to no one else, erased after the decision, audited), and the same application passes.
 */
import type { ProfileView } from '../../../cloudfunctions/lib/contract/account';
import type {
  IdentityReviewDetail,
  IdentityReviewQueueItem,
} from '../../../cloudfunctions/lib/contract/identity-review';
import { BOB, CAROL, DAVE, STAFF, requestsCloud } from '../requests/requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();

describe('staff real-name verification and the level a matter needs', () => {
  let env: string;
  let reviewId: string;

  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [BOB, DAVE, STAFF, CAROL]);
    const [dave] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: DAVE.accountName });
    reviewId = dave?._id ?? '';
  });

  it('refuses an L1 applicant for a matter that declares L2, and says how to verify', async () => {
    const r = await t.call(env, DAVE.openid, 'submit', await t.soleTraderInput(env, DAVE));
    expect(r.ok || r.error.code).toBe('IDENTITY.LEVEL_REQUIRED');
    expect(r.ok || r.error.message).toContain('上传证件照片由工作人员核验');
    expect(await t.find(env, COLLECTIONS.serviceRequests, {})).toHaveLength(0);
  });

  it('a mainland ID holder is sent to face verification instead', async () => {
    const uploadId = await t.upload(env, BOB, 'material');
    expect(await t.code(env, BOB.openid, 'submitIdentityDocument', { uploadId })).toBe('IDENTITY.ALREADY_VERIFIED');
  });

  it('one reviewer opens the check and sees the photo; another is refused; a refusal needs a reason', async () => {
    const uploadId = await t.upload(env, DAVE, 'material');
    expect(await t.code(env, DAVE.openid, 'submitIdentityDocument', { uploadId })).toBe('OK');
    expect(await t.code(env, DAVE.openid, 'submitIdentityDocument', { uploadId })).toBe('IDENTITY.REVIEW_PENDING');
    expect(await t.code(env, DAVE.openid, 'identityReviewQueue', {})).toBe('ACCOUNT.FORBIDDEN');

    const queue = await t.accountData<IdentityReviewQueueItem[]>(env, STAFF.openid, 'identityReviewQueue', {});
    expect(queue).toEqual([expect.objectContaining({ reviewId, documentType: 'travel-permit', taken: false })]);
    expect(JSON.stringify(queue)).not.toContain(DAVE.realName);

    const opened = await t.accountData<IdentityReviewDetail>(env, STAFF.openid, 'openIdentityReview', { reviewId });
    expect(opened).toMatchObject({ realName: DAVE.realName, documentNumber: DAVE.document.number });
    expect(opened.photoUrl).toMatch(/^https?:\/\//);
    expect(await t.code(env, CAROL.openid, 'openIdentityReview', { reviewId })).toBe('IDENTITY.REVIEW_TAKEN');
    expect(
      await t.code(env, CAROL.openid, 'decideIdentityReview', { reviewId, decision: 'approve', comment: '' }),
    ).toBe('IDENTITY.REVIEW_TAKEN');
    expect(await t.code(env, STAFF.openid, 'decideIdentityReview', { reviewId, decision: 'refuse', comment: '' })).toBe(
      'IDENTITY.REVIEW_COMMENT_REQUIRED',
    );
  });

  it('approval raises the account to L2, erases the photo, is audited and told; the application then passes', async () => {
    const [before] = await t.find<{ photoFileID: string }>(env, COLLECTIONS.identityReviews, { _id: reviewId });
    const photo = before?.photoFileID ?? '';
    await t.accountData(env, STAFF.openid, 'decideIdentityReview', { reviewId, decision: 'approve', comment: '' });

    const profile = await t.accountData<ProfileView>(env, DAVE.openid, 'profile');
    expect(profile.verification.level).toBe('staff-verified');
    const [after] = await t.find<{ status: string; photoFileID: string | null }>(env, COLLECTIONS.identityReviews, {
      _id: reviewId,
    });
    expect(after).toMatchObject({ status: 'approved', photoFileID: null });
    const download = await t
      .cloud()
      .sdk({ env })
      .downloadFile({ fileID: photo })
      .then(
        () => 'still there',
        () => 'gone',
      );
    expect(download).toBe('gone');
    const audited = await t.find<{ action: string }>(env, COLLECTIONS.auditLog, { target: reviewId });
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['identity-review.opened', 'identity-review.approved']),
    );
    const told = await t.find<{ title: string }>(env, COLLECTIONS.messages, { accountId: reviewId });
    expect(told.map((m) => m.title)).toContain('实名核验已通过');

    const submitted = await t.submit(env, DAVE, await t.soleTraderInput(env, DAVE));
    expect(submitted.status).toBe('submitted');
  });
});
