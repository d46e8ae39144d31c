import type { ConsentPurpose, DocumentRef } from '../contract/consent';
import { GENERAL_PURPOSES } from '../contract/consent';
import { AppError } from '../errors/app-error';
import type { PolicyCatalog, PolicyVersion } from './policy-catalog';

/**
 * A grant must point at the exact text in force: the document exists, the version is the current
 * one (an older one is stale, an unheard-of one unknown), and the hash is that version's hash.
 */
export function resolveGrantedVersion(catalog: PolicyCatalog, ref: DocumentRef): PolicyVersion {
  const current = catalog.current(ref.id);
  if (!current) throw new AppError('CONSENT.DOCUMENT_UNKNOWN');
  if (ref.version !== current.version) {
    throw new AppError(catalog.find(ref.id, ref.version) ? 'CONSENT.VERSION_STALE' : 'CONSENT.VERSION_UNKNOWN');
  }
  if (ref.sha256 !== current.sha256) throw new AppError('CONSENT.HASH_MISMATCH');
  return current;
}

/** Sensitive purposes are never bundled into a general grant (PIPL art. 29). */
export function checkGeneralPurposes(purposes: readonly ConsentPurpose[]): void {
  const general: readonly string[] = GENERAL_PURPOSES;
  if (purposes.some((purpose) => !general.includes(purpose))) throw new AppError('CONSENT.SENSITIVE_BUNDLED');
}
