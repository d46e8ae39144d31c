import { requireAccount, type GuardDeps } from '../account/account-guard';
import { newId } from '../account/ids';
import {
  FILE_EXTENSIONS,
  PrepareUploadInputSchema,
  UPLOAD_RULES,
  type PreparedUpload,
  type UploadPurpose,
} from '../contract/files';
import type { Role } from '../contract/account';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { FilesDeps } from './files.deps';

/**
 * Purposes only staff upload (the bureau's results: reviewers approve with them; registered
 * services' logos: admins register services); anyone signed in may upload the rest.
 */
const STAFF_PURPOSES: Partial<Record<UploadPurpose, readonly Role[]>> = {
  result: ['reviewer', 'staff', 'admin'],
  'service-logo': ['admin'],
};

/**
 * Records a pending upload owned by the signed-in caller and gives the path to upload the bytes
 * to. The declared type and size are checked here only to fail early: the bytes are checked later.
 */
export async function prepareUpload(
  input: unknown,
  ctx: CallContext,
  deps: FilesDeps & GuardDeps,
): Promise<PreparedUpload> {
  const { account } = await requireAccount(ctx, deps, 'write');
  const { purpose, name, size, kind } = parseInput(PrepareUploadInputSchema, input);
  const roles = STAFF_PURPOSES[purpose];
  if (roles && !account.roles.some((role) => roles.includes(role))) throw new AppError('ACCOUNT.FORBIDDEN');
  const rule = UPLOAD_RULES[purpose];
  if (!rule.kinds.includes(kind)) throw new AppError('FILE.TYPE_NOT_ALLOWED');
  if (size > rule.maxBytes) throw new AppError('FILE.TOO_LARGE');
  const uploadId = newId();
  const cloudPath = `uploads/${purpose}/${uploadId}.${FILE_EXTENSIONS[kind]}`;
  await deps.files.insert({
    _id: uploadId,
    accountId: account._id,
    purpose,
    cloudPath,
    fileID: null,
    name,
    declaredSize: size,
    declaredKind: kind,
    status: 'pending',
    size: null,
    kind: null,
    sha256: null,
    rejectedCode: null,
    createdAt: ctx.now.getTime(),
    checkedAt: null,
  });
  return { uploadId, cloudPath };
}
