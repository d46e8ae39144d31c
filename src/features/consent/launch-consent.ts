import type { ConsentStatusOutput } from '../../../cloudfunctions/lib/contract/consent';
import { CURRENT_POLICIES, POLICY_DOCUMENTS, type PolicyDocument } from '../../../policies/generated';
import { readStored, removeStored, writeStored } from '../../platform/storage';

/** `outdated`: agreed before, but a version since then asks everyone to agree again. */
export type LaunchConsent = 'accepted' | 'declined' | 'undecided' | 'outdated';

/** The documents a person agrees to at first launch, read together as one decision. */
export const LAUNCH_DOCUMENTS = [CURRENT_POLICIES['user-agreement'], CURRENT_POLICIES['privacy-policy']] as const;
export const LAUNCH_DOCUMENT_IDS = LAUNCH_DOCUMENTS.map((doc) => doc.id);

interface AgreedVersion {
  id: string;
  version: string;
}

/** One key for the exact versions shown, so a new version of either document asks again. */
export function launchConsentKey(): string {
  return LAUNCH_DOCUMENTS.map((doc) => `${doc.id}@${doc.version}#${doc.sha256.slice(0, 12)}`).join('+');
}

export function findVersion(id: string, version: string): PolicyDocument | undefined {
  return POLICY_DOCUMENTS.find((doc) => doc.id === id && doc.version === version);
}

/** A newer version needs everyone's agreement again if it, or any version between, says so. */
export function needsReconsent(current: PolicyDocument, agreedVersion: string | undefined): boolean {
  if (agreedVersion === current.version) return false;
  const agreed = agreedVersion === undefined ? undefined : findVersion(current.id, agreedVersion);
  if (!agreed) return true;
  return POLICY_DOCUMENTS.some(
    (doc) =>
      doc.id === current.id &&
      doc.reconsentRequired &&
      doc.effectiveDate > agreed.effectiveDate &&
      doc.effectiveDate <= current.effectiveDate,
  );
}

function agreedVersions(): AgreedVersion[] | null {
  const accepted = readStored('consent.accepted');
  if (!accepted) return null;
  if (accepted.documents) return accepted.documents;
  return accepted.version.split('+').map((part) => {
    const [id = '', rest = ''] = part.split('@');
    return { id, version: rest.split('#')[0] ?? '' };
  });
}

/** The launch documents that changed since the person agreed, each with the version they agreed to. */
export function changedDocuments(): { current: PolicyDocument; previous: PolicyDocument | undefined }[] {
  const agreed = agreedVersions() ?? [];
  return LAUNCH_DOCUMENTS.flatMap((current) => {
    const version = agreed.find((a) => a.id === current.id)?.version;
    if (version === current.version) return [];
    return [{ current, previous: version === undefined ? undefined : findVersion(current.id, version) }];
  });
}

export function readLaunchConsent(): LaunchConsent {
  const agreed = agreedVersions();
  if (agreed) {
    const stale = LAUNCH_DOCUMENTS.some((doc) => needsReconsent(doc, agreed.find((a) => a.id === doc.id)?.version));
    return stale ? 'outdated' : 'accepted';
  }
  return readStored('consent.declined') ? 'declined' : 'undecided';
}

function cacheAgreed(documents: AgreedVersion[], at: string): void {
  writeStored('consent.accepted', { version: launchConsentKey(), acceptedAt: at, documents });
  removeStored('consent.declined');
}

/** Caches what the ledger recorded: the versions on this screen. */
export function acceptLaunchConsent(now: Date): void {
  cacheAgreed(
    LAUNCH_DOCUMENTS.map(({ id, version }) => ({ id, version })),
    now.toISOString(),
  );
}

export function declineLaunchConsent(now: Date): void {
  writeStored('consent.declined', { declinedAt: now.toISOString() });
  removeStored('consent.accepted');
}

/** The ledger is the truth: a withdrawal or a new version seen elsewhere replaces the cached answer. */
export function syncLaunchConsent(status: ConsentStatusOutput, now: Date): LaunchConsent {
  if (status.documents.some((doc) => doc.state === 'withdrawn')) {
    declineLaunchConsent(now);
  } else if (status.documents.every((doc) => doc.grantedVersion !== null)) {
    const documents = status.documents.map((doc) => ({ id: doc.id, version: doc.grantedVersion ?? '' }));
    writeStored('consent.accepted', { version: '', acceptedAt: now.toISOString(), documents });
  } else {
    removeStored('consent.accepted');
    removeStored('consent.declined');
  }
  return readLaunchConsent();
}
