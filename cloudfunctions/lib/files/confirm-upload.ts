import { requireAccount, type GuardDeps } from '../account/account-guard';
import { ConfirmUploadInputSchema, UPLOAD_RULES, type UploadView } from '../contract/files';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { checkUpload } from './check-upload';
import type { FilesDeps } from './files.deps';

const FILE_ID = /^cloud:\/\/([^/]+)\/(.+)$/;

/**
 * The client reports the fileID its upload returned (the server cannot build one: it holds the
 * storage bucket's name). It must name the recorded path in the caller's environment. The bytes
 * are then checked against the purpose's rule, so a wrong file is refused while the person is
 * still on the page.
 */
export async function confirmUpload(
  input: unknown,
  ctx: CallContext,
  deps: FilesDeps & GuardDeps,
): Promise<UploadView> {
  const { account } = await requireAccount(ctx, deps, 'write');
  const { uploadId, fileID } = parseInput(ConfirmUploadInputSchema, input);
  const record = await deps.files.get(uploadId);
  if (!record || record.accountId !== account._id) throw new AppError('FILE.NOT_FOUND');
  if (record.status === 'pending') {
    const match = FILE_ID.exec(fileID);
    const sameEnv = !ctx.env || match?.[1]?.startsWith(`${ctx.env}.`);
    if (!match || match[2] !== record.cloudPath || !sameEnv) throw new AppError('REQUEST.INVALID_INPUT');
    await deps.files.update(uploadId, { fileID, status: 'uploaded' });
  }
  const file = await checkUpload(uploadId, account._id, UPLOAD_RULES[record.purpose], deps);
  return { uploadId: file.uploadId, name: file.name, size: file.size, kind: file.kind };
}
