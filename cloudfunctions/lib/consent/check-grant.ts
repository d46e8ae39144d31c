import type { ConsentPurpose, DocumentRef } from '../contract/consent';
import { GENERAL_PURPOSES } from '../contract/consent';
import { AppError } from '../errors/app-error';
import { compareVersions } from '../contract/policy-version';
import type { PolicyCatalog, PolicyVersion } from './policy-catalog';

/**
 * A grant must point at the exact text in force: the document exists, the version is the current
 * one (an older one is stale, a later one not yet in effect, an unheard-of one unknown), and the hash is that version's hash.
 */
export function resolveGrantedVersion(catalog: PolicyCatalog, ref: DocumentRef): PolicyVersion {
  const current = catalog.current(ref.id);
  if (!current) throw new AppError('CONSENT.DOCUMENT_UNKNOWN');
  if (ref.version !== current.version) {
    const known = catalog.find(ref.id, ref.version);
    if (!known) throw new AppError('CONSENT.VERSION_UNKNOWN');
    // A version published for later, or shipped but never published, is not yet the one in force.
    throw new AppError(
      compareVersions(known.version, current.version) > 0 ? 'CONSENT.VERSION_NOT_IN_EFFECT' : 'CONSENT.VERSION_STALE',
    );
  }
  if (ref.sha256 !== current.sha256) throw new AppError('CONSENT.HASH_MISMATCH');
  return current;
}

/** Sensitive purposes are never bundled into a general grant (PIPL art. 29). */
export function checkGeneralPurposes(purposes: readonly ConsentPurpose[]): void {
  const general: readonly string[] = GENERAL_PURPOSES;
  if (purposes.some((purpose) => !general.includes(purpose))) throw new AppError('CONSENT.SENSITIVE_BUNDLED');
}
