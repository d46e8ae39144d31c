import type { UploadPurpose } from '../../../cloudfunctions/lib/contract/files';
import type { MaterialSpec } from '../../../cloudfunctions/lib/contract/requests';
import { tr } from '../../i18n/requests';
import { chooseMaterialFiles, chooseMediaFiles } from '../../platform/permissions';
import { kindFromName, uploadFile } from '../../services/cloud/uploader';
import type { DraftMaterial } from './apply-draft';

export type MaterialSource = 'album' | 'camera' | 'file';

/** What one pick gave: the uploaded files, and a sentence when something went wrong or was left out. */
export interface PickOutcome {
  added: DraftMaterial[];
  notice: string;
}

/** What a pick needs to know of a material: its code, accepted kinds and size limit. */
export interface MaterialRule {
  code: string;
  kinds: readonly MaterialSpec['kinds'][number][];
  maxBytes: number;
}

interface Picked {
  path: string;
  name: string;
  size: number;
}

/** The extensions a material accepts, for the file picker (jpeg accepts .jpg too). */
function extensionsOf(spec: Pick<MaterialRule, 'kinds'>): string[] {
  return spec.kinds.flatMap((kind) => (kind === 'jpeg' ? ['jpg', 'jpeg'] : [kind]));
}

async function choose(
  source: MaterialSource,
  spec: Pick<MaterialRule, 'kinds' | 'maxBytes'>,
  count: number,
  keepLocation: boolean,
): Promise<{ files: Picked[]; notices: string[] } | { message: string }> {
  const a = tr.apply;
  if (source === 'file') {
    const result = await chooseMaterialFiles({
      count,
      rules: { extensions: extensionsOf(spec), maxBytes: spec.maxBytes },
    });
    if (result.status === 'cancelled') return { files: [], notices: [] };
    if (result.status !== 'ok') return { message: result.message };
    const rejected = result.value.rejected.length;
    return { files: result.value.files, notices: rejected ? [a.rejectedFiles(rejected)] : [] };
  }
  const result = await chooseMediaFiles({ source, count, kinds: ['image'], keepLocation });
  if (result.status === 'cancelled') return { files: [], notices: [] };
  if (result.status !== 'ok') return { message: result.message };
  const { files, skipped, tooLarge } = result.value;
  const notices = [...(skipped ? [a.rejectedFiles(skipped)] : []), ...(tooLarge ? [a.tooLargeMedia(tooLarge)] : [])];
  return {
    files: files.map((file, i) => ({
      path: file.path,
      // Photos have no name of their own; the server sniffs the real type from the bytes anyway.
      name: `${spec.kinds.includes('jpeg') ? 'photo' : 'image'}-${Date.now()}-${i + 1}.jpg`,
      size: file.size,
    })),
    notices,
  };
}

/**
 * Chooses photos (location metadata removed unless the person keeps it) or files for one
 * material, and uploads each for `purpose`. The server checks the real type and size again.
 */
export async function pickAndUpload(options: {
  source: MaterialSource;
  spec: MaterialRule;
  purpose: UploadPurpose;
  count: number;
  keepLocation?: boolean;
}): Promise<PickOutcome> {
  const { source, spec, purpose, count } = options;
  const chosen = await choose(source, spec, count, options.keepLocation === true);
  if ('message' in chosen) return { added: [], notice: chosen.message };
  const added: DraftMaterial[] = [];
  const notices = [...chosen.notices];
  for (const file of chosen.files) {
    const kind = kindFromName(file.name) ?? 'jpeg';
    const uploaded = await uploadFile(file.path, { purpose, name: file.name, size: file.size, kind });
    if (!uploaded.ok) {
      notices.push(tr.apply.uploadFailed(uploaded.error.message));
      continue;
    }
    const { uploadId, name, size } = uploaded.data;
    added.push({ materialCode: spec.code, uploadId, name, size, kind: uploaded.data.kind });
  }
  return { added, notice: notices.join('；') };
}
