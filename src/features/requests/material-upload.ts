import { clausesOf } from '../../i18n/compose';
import type { UploadPurpose } from '../../../cloudfunctions/lib/contract/files';
import type { MaterialSpec } from '../../../cloudfunctions/lib/contract/requests';
import { tr } from '../../i18n/requests';
import { refusalOf, refusalText, type Refusal } from '../../i18n/server-errors';
import { chooseMaterialFiles, chooseMediaFiles } from '../../platform/permissions';
import { kindFromName, uploadFile } from '../../services/cloud/uploader';
import type { Worded } from '../said/use-said';
import type { DraftMaterial } from './apply-draft';

export type MaterialSource = 'album' | 'camera' | 'file';

/**
 * What went wrong or was left out in a pick, as data: the screen words it at render (`uploadNotice`),
 * so a language switch in place rewords it. `permission`: the permissions module's refusal, worded when read.
 */
export type UploadNote =
  | { kind: 'rejected'; count: number }
  | { kind: 'tooLarge'; count: number }
  | { kind: 'failed'; refusal: Refusal }
  | { kind: 'full' }
  | { kind: 'permission'; failure: Worded };

/** The notes of a pick in the current locale, as one sentence ('' when there are none). */
export function uploadNotice(notes: readonly UploadNote[]): string {
  const a = tr.apply;
  const sentence = (note: UploadNote): string => {
    switch (note.kind) {
      case 'rejected':
        return a.rejectedFiles(note.count);
      case 'tooLarge':
        return a.tooLargeMedia(note.count);
      case 'failed':
        return a.uploadFailed(refusalText(note.refusal));
      case 'full':
        return a.materialFull;
      case 'permission':
        return note.failure.message;
      default: {
        const unreachable: never = note;
        return unreachable;
      }
    }
  };
  return clausesOf(notes.map(sentence));
}

/** What one pick gave: the uploaded files, and notes when something went wrong or was left out. */
export interface PickOutcome {
  added: DraftMaterial[];
  notes: UploadNote[];
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
): Promise<{ files: Picked[]; notes: UploadNote[] } | { failure: Worded }> {
  if (source === 'file') {
    const result = await chooseMaterialFiles({
      count,
      rules: { extensions: extensionsOf(spec), maxBytes: spec.maxBytes },
    });
    if (result.status === 'cancelled') return { files: [], notes: [] };
    if (result.status !== 'ok') return { failure: result };
    const rejected = result.value.rejected.length;
    return { files: result.value.files, notes: rejected ? [{ kind: 'rejected', count: rejected }] : [] };
  }
  const result = await chooseMediaFiles({ source, count, kinds: ['image'], keepLocation });
  if (result.status === 'cancelled') return { files: [], notes: [] };
  if (result.status !== 'ok') return { failure: result };
  const { files, skipped, tooLarge } = result.value;
  const notes: UploadNote[] = [
    ...(skipped ? [{ kind: 'rejected', count: skipped } as const] : []),
    ...(tooLarge ? [{ kind: 'tooLarge', count: tooLarge } as const] : []),
  ];
  return {
    files: files.map((file, i) => ({
      path: file.path,
      // Photos have no name of their own; the server sniffs the real type from the bytes anyway.
      name: `${spec.kinds.includes('jpeg') ? 'photo' : 'image'}-${Date.now()}-${i + 1}.jpg`,
      size: file.size,
    })),
    notes,
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
  if ('failure' in chosen)
    return { added: [], notes: chosen.failure.message ? [{ kind: 'permission', failure: chosen.failure }] : [] };
  const added: DraftMaterial[] = [];
  const notes = [...chosen.notes];
  for (const file of chosen.files) {
    const kind = kindFromName(file.name) ?? 'jpeg';
    const uploaded = await uploadFile(file.path, { purpose, name: file.name, size: file.size, kind });
    if (!uploaded.ok) {
      notes.push({ kind: 'failed', refusal: refusalOf(uploaded.error) });
      continue;
    }
    const { uploadId, name, size } = uploaded.data;
    added.push({ materialCode: spec.code, uploadId, name, size, kind: uploaded.data.kind });
  }
  return { added, notes };
}
