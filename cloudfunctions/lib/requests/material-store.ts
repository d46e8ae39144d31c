import type { MaterialKind } from '../contract/requests';
import type { StoredFileRef } from '../files/stored-file-ref';

export type MaterialPurpose = 'material' | 'supplement' | 'authorisation' | 'result';

export interface MaterialRule {
  kinds: readonly MaterialKind[];
  maxBytes: number;
}

/** A checked material is the stored file projection every context keeps (lib/files/stored-file-ref). */
export type CheckedMaterial = StoredFileRef;

/**
 * What the requests use cases need of uploaded files: the caller's own upload, made for one of
 * `purposes`, whose real bytes fit `rule` (FILE.* / REQUESTS.UPLOAD_PURPOSE_MISMATCH otherwise),
 * and short-lived links to files a use case already decided the caller may see. The adapter over
 * lib/files is material-store.files.ts.
 */
export interface MaterialStore {
  check(
    uploadId: string,
    accountId: string,
    purposes: readonly MaterialPurpose[],
    rule: MaterialRule,
  ): Promise<CheckedMaterial>;
  tempUrls(fileIDs: string[]): Promise<Record<string, string>>;
}
