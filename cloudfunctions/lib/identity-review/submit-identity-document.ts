import { requireAccount } from '../account/account-guard';
import { faceVerificationSupported } from '../contract/account';
import { meetsLevel } from '../contract/assurance-levels';
import { SubmitIdentityDocumentInputSchema, type MyIdentityReviewView } from '../contract/identity-review';
import { AppError } from '../errors/app-error';
import { checkUpload } from '../files/check-upload';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { sortKey } from '../requests/new-request';
import type { IdentityReviewDeps } from './identity-review.deps';
import type { IdentityReviewRecord } from './identity-review.record';

const MB = 1024 * 1024;
/** A photo of the document: what the materials of the same kind accept (config/matters.ts). */
const PHOTO_RULE = { kinds: ['jpeg', 'png'] as const, maxBytes: 5 * MB };
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Hands a document photo in for a staff real-name check. Only for documents WeChat's face check
 * does not take (residence and travel permits, passports); a mainland ID card verifies by face.
 */
export async function submitIdentityDocument(
  input: unknown,
  ctx: CallContext,
  deps: IdentityReviewDeps,
): Promise<MyIdentityReviewView> {
  const { account } = await requireAccount(ctx, deps, 'write');
  const { uploadId } = parseInput(SubmitIdentityDocumentInputSchema, input);
  if (meetsLevel(account.verificationLevel, 'L2')) throw new AppError('IDENTITY.ALREADY_VERIFIED');
  const document = { type: account.documentType, region: account.documentRegion };
  if (faceVerificationSupported(document)) throw new AppError('IDENTITY.USE_FACE');
  const upload = await deps.files.files.get(uploadId);
  if (!upload || upload.accountId !== account._id) throw new AppError('FILE.NOT_FOUND');
  if (upload.purpose !== 'material') throw new AppError('REQUESTS.UPLOAD_PURPOSE_MISMATCH');
  const photo = await checkUpload(
    uploadId,
    account._id,
    { kinds: [...PHOTO_RULE.kinds], maxBytes: PHOTO_RULE.maxBytes },
    deps.files,
  );

  const now = ctx.now.getTime();
  const record: IdentityReviewRecord = {
    _id: account._id,
    accountId: account._id,
    documentType: account.documentType,
    status: 'pending',
    photoUploadId: photo.uploadId,
    photoFileID: photo.fileID,
    reviewerId: null,
    submittedAt: now,
    sortKey: sortKey(now, account._id),
    decidedAt: null,
    comment: null,
  };
  const stored = (await deps.reviews.insert(record)) || (await deps.reviews.resubmit(record));
  if (!stored) throw new AppError('IDENTITY.REVIEW_PENDING');
  return { status: 'pending', submittedAt: iso(now), comment: null };
}

/** The person's own check, as they see it on the verification page. */
export async function myIdentityReview(
  _input: unknown,
  ctx: CallContext,
  deps: IdentityReviewDeps,
): Promise<MyIdentityReviewView> {
  const { account } = await requireAccount(ctx, deps, 'read');
  const review = await deps.reviews.get(account._id);
  if (!review) return { status: 'none', submittedAt: null, comment: null };
  return { status: review.status, submittedAt: iso(review.submittedAt), comment: review.comment };
}
