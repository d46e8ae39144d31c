import type { ConsentStatusOutput, DocumentStatus, SensitiveStatus } from '../contract/consent';
import { SENSITIVE_PURPOSES } from '../contract/consent';
import type { ChainHead, ConsentState, SubjectState } from './ledger-entry';
import { EMPTY_STATE, GENESIS_HASH } from './ledger-entry';
import type { PolicyCatalog, PolicyVersion } from './policy-catalog';

/** The documents a person agrees to before the app may process personal information. */
export const LAUNCH_DOCUMENT_IDS = ['user-agreement', 'privacy-policy'] as const;

/**
 * Granted at the current version: fine. Granted at an older one: still fine unless a version since
 * then asks for re-consent (agreement §10.2, policy §9) — then the person must agree again.
 */
export function documentStatus(
  catalog: PolicyCatalog,
  doc: PolicyVersion,
  decision: SubjectState | undefined,
): DocumentStatus {
  const { id, title, version, effectiveDate, sha256, changeSummary, reconsentRequired } = doc;
  const base = { id, title, currentVersion: version, effectiveDate, sha256, changeSummary, reconsentRequired };
  const at = decision?.at ?? null;
  if (!decision) return { ...base, state: 'none', grantedVersion: null, needsConsent: true, at };
  if (decision.action === 'withdraw')
    return { ...base, state: 'withdrawn', grantedVersion: null, needsConsent: true, at };
  const grantedVersion = decision.version;
  if (grantedVersion === version && decision.sha256 === sha256) {
    return { ...base, state: 'granted', grantedVersion, needsConsent: false, at };
  }
  const known = catalog.find(id, grantedVersion)?.sha256 === decision.sha256;
  const needsConsent = !known || catalog.newerThan(id, grantedVersion).some((v) => v.reconsentRequired);
  return { ...base, state: 'outdated', grantedVersion, needsConsent, at };
}

export function sensitiveStatus(state: ConsentState): SensitiveStatus[] {
  return SENSITIVE_PURPOSES.map((purpose) => {
    const decision = state.sensitive[purpose];
    const granted = decision?.action === 'grant';
    return { purpose, granted, version: granted ? decision.version : null, at: decision?.at ?? null };
  });
}

export function consentStatus(catalog: PolicyCatalog, head: ChainHead | null): ConsentStatusOutput {
  const state = head?.state ?? EMPTY_STATE;
  const documents = LAUNCH_DOCUMENT_IDS.flatMap((id) => {
    const doc = catalog.current(id);
    return doc ? [documentStatus(catalog, doc, state.documents[id])] : [];
  });
  const accepted = documents.length === LAUNCH_DOCUMENT_IDS.length && documents.every((d) => !d.needsConsent);
  return {
    documents,
    sensitive: sensitiveStatus(state),
    accepted,
    head: { seq: head?.seq ?? 0, hash: head?.hash ?? GENESIS_HASH },
  };
}
