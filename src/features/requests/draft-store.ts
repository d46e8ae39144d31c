import { readStored, writeStored } from '../../platform/storage';
import type { ApplyDraft } from './apply-draft';

/**
 * Drafts on this device, one per matter, until submitted or discarded. Nothing leaves the device
 * until the person submits; a submitted draft is removed.
 */
export const draftStore = {
  read(matterCode: string): ApplyDraft | null {
    return readStored('requests.drafts')?.[matterCode] ?? null;
  },
  write(draft: ApplyDraft): void {
    writeStored('requests.drafts', { ...(readStored('requests.drafts') ?? {}), [draft.matterCode]: draft });
  },
  remove(matterCode: string): void {
    const { [matterCode]: _removed, ...rest } = readStored('requests.drafts') ?? {};
    writeStored('requests.drafts', rest);
  },
};
