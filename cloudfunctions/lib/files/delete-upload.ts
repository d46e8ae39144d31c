import { requireAccount, type GuardDeps } from '../account/account-guard';
import { UploadRefSchema } from '../contract/files';
import { eraseOwnItem } from '../erasure/erase-own';
import type { ErasureDeps } from '../erasure/erasure.deps';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';

/**
 * Deletes one of my own uploads with its stored bytes (policy §8.3, PIPL art. 47). An upload
 * attached to a submitted application stays with its record (FILE.IN_USE); someone else's id
 * answers FILE.NOT_FOUND like a missing one.
 */
export async function deleteUpload(
  input: unknown,
  ctx: CallContext,
  deps: GuardDeps & { erasure: ErasureDeps },
): Promise<{ uploadId: string; files: number }> {
  const { uploadId } = parseInput(UploadRefSchema, input);
  const { account } = await requireAccount(ctx, deps, 'security');
  const done = await eraseOwnItem('upload', uploadId, { accountId: account._id, at: ctx.now.getTime() }, deps.erasure);
  return { uploadId, files: done.files };
}
