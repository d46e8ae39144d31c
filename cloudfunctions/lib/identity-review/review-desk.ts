import { noticeContent } from '../contract/notices/notice-text';
import { requireRole } from '../account/account-guard';
import { settleDocumentClaim } from '../account/document-claim';
import {
  DecideIdentityReviewInputSchema,
  IdentityReviewQueueInputSchema,
  IdentityReviewRefSchema,
  type IdentityReviewDetail,
  type IdentityReviewQueueItem,
} from '../contract/identity-review';
import { AppError } from '../errors/app-error';
import { eraseOwnItem } from '../erasure/erase-own';
import { tempUrls } from '../files/temp-urls';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { requireStepUp } from '../staff-factor/staff-factor-guard';
import type { IdentityReviewDeps } from './identity-review.deps';

const REVIEWERS = ['reviewer', 'admin'] as const;
const PAGE = 20;

/** Pending checks, oldest first: the document type only, never a name or a photo. */
export async function identityReviewQueue(
  input: unknown,
  ctx: CallContext,
  deps: IdentityReviewDeps,
): Promise<IdentityReviewQueueItem[]> {
  const { cursor } = parseInput(IdentityReviewQueueInputSchema, input ?? {});
  const { account: staff } = await requireRole(ctx, deps, [...REVIEWERS]);
  const page = await deps.reviews.queue(cursor ?? null, PAGE);
  return page
    .filter((r) => r.accountId !== staff._id)
    .map((r) => ({
      reviewId: r._id,
      documentType: r.documentType,
      submittedAt: new Date(r.submittedAt).toISOString(),
      taken: r.reviewerId !== null,
    }));
}

/**
 * Opens a check and takes it: from then on only this reviewer sees the photo and decides (the
 * photo is shown to no other staff member). One's own check is refused (separation of duties).
 * The full name, number and photo need a step-up in the last 5 minutes, as a reveal does (policy
 * §6.3.1(3)); without it the check is not taken.
 */
export async function openIdentityReview(
  input: unknown,
  ctx: CallContext,
  deps: IdentityReviewDeps,
): Promise<IdentityReviewDetail> {
  const { reviewId } = parseInput(IdentityReviewRefSchema, input);
  const signedIn = await requireRole(ctx, deps, [...REVIEWERS]);
  requireStepUp(signedIn, ctx.now.getTime(), deps.staffFactor);
  const staff = signedIn.account;
  const review = await deps.reviews.get(reviewId);
  if (!review || review.status !== 'pending') throw new AppError('IDENTITY.REVIEW_NOT_FOUND');
  if (review.accountId === staff._id) throw new AppError('STAFF.OWN_MATTER');
  if (review.reviewerId !== staff._id && !(await deps.reviews.assign(reviewId, staff._id))) {
    throw new AppError('IDENTITY.REVIEW_TAKEN');
  }
  const person = await deps.accounts.get(review.accountId);
  if (!person?.realName || !person.documentNumber) throw new AppError('IDENTITY.REVIEW_NOT_FOUND');
  const urls = review.photoFileID ? await tempUrls([review.photoFileID], deps.files.storage) : {};
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: staff._id,
    action: 'identity-review.opened',
    target: review.accountId,
    details: { fields: 'realName,documentNumber,photo' },
  });
  return {
    reviewId,
    realName: deps.fields.open('realName', person._id, person.realName),
    documentType: person.documentType,
    documentNumber: deps.fields.open('documentNumber', person._id, person.documentNumber),
    photoUrl: review.photoFileID ? (urls[review.photoFileID] ?? null) : null,
  };
}

/**
 * The reviewer who opened the check decides. Approval raises the account to L2 (staff-verified);
 * either way the photo is erased at once, the decision audited and the person told.
 */
export async function decideIdentityReview(
  input: unknown,
  ctx: CallContext,
  deps: IdentityReviewDeps,
): Promise<{ reviewId: string; status: 'approved' | 'refused' }> {
  const data = parseInput(DecideIdentityReviewInputSchema, input);
  const { account: staff } = await requireRole(ctx, deps, [...REVIEWERS]);
  const review = await deps.reviews.get(data.reviewId);
  if (!review || review.status !== 'pending') throw new AppError('IDENTITY.REVIEW_NOT_FOUND');
  if (review.reviewerId !== staff._id) throw new AppError('IDENTITY.REVIEW_TAKEN');
  const approved = data.decision === 'approve';
  if (!approved && data.comment.length < 2) throw new AppError('IDENTITY.REVIEW_COMMENT_REQUIRED');
  const now = ctx.now.getTime();
  const status = approved ? ('approved' as const) : ('refused' as const);
  const patch = { status, decidedAt: now, comment: data.comment || null, photoFileID: null, photoUploadId: null };
  if (!(await deps.reviews.decide(review._id, staff._id, patch))) throw new AppError('IDENTITY.REVIEW_NOT_FOUND');
  if (approved) {
    await deps.accounts.update(review.accountId, { verificationLevel: 'staff-verified', updatedAt: now });
    const person = await deps.accounts.get(review.accountId);
    if (person) await settleDocumentClaim(person, deps, now);
  }
  if (review.photoUploadId) {
    await eraseOwnItem('upload', review.photoUploadId, { accountId: review.accountId, at: now }, deps.erasure);
  }
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: `identity-review.${status}`,
    target: review.accountId,
    details: { documentType: review.documentType, comment: data.comment || null, photoErased: true },
  });
  const told = approved
    ? noticeContent('identity-review.approved', {})
    : noticeContent('identity-review.rejected', { comment: data.comment });
  await deps.inbox.notify(review.accountId, 'account.identity-review', told, now);
  return { reviewId: review._id, status };
}
