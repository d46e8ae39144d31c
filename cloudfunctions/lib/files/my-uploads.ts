import { requireAccount, type GuardDeps } from '../account/account-guard';
import type { MyUploadsOutput, MyUploadView } from '../contract/files';
import { isAttached, requestAttachments } from '../erasure/request-attachments';
import type { ErasureDeps } from '../erasure/erasure.deps';
import type { CallContext } from '../handler/call-context';
import type { FileRecord } from './file.record';
import type { FilesRepository } from './files.repository';

export interface MyUploadsDeps extends GuardDeps {
  files: Pick<FilesRepository, 'ofAccount'>;
  erasure: ErasureDeps;
}

/**
 * My checked uploads, newest first, each saying whether it went with a submitted application (kept
 * with that record, so not deletable here: deleteUpload answers FILE.IN_USE). Owner from the
 * signed-in account only (OPENID → session → account), never from the event. Pending and rejected
 * uploads hold no bytes of mine the service uses; the retention sweep removes them.
 */
export async function myUploads(_input: unknown, ctx: CallContext, deps: MyUploadsDeps): Promise<MyUploadsOutput> {
  const { account } = await requireAccount(ctx, deps, 'read');
  const checked = (await deps.files.ofAccount(account._id)).filter((f) => f.status === 'checked');
  const attached = checked.length > 0 ? await requestAttachments(account._id, deps.erasure) : new Set<string>();
  return {
    items: checked.sort((a, b) => b.createdAt - a.createdAt).map((f) => view(f, isAttached(f, attached))),
  };
}

function view(f: FileRecord, inUse: boolean): MyUploadView {
  return {
    uploadId: f._id,
    name: f.name,
    size: f.size ?? f.declaredSize,
    kind: f.kind ?? f.declaredKind,
    purpose: f.purpose,
    uploadedAt: new Date(f.createdAt).toISOString(),
    inUse,
  };
}
