import type { ConsentStatusOutput } from '../../../cloudfunctions/lib/contract/consent';
import { compareVersions } from '../../../cloudfunctions/lib/contract/policy-version';
import type { PolicyDocument } from '../../../policies/generated';
import { LAUNCH_DOCUMENTS } from '../../../policies/generated/launch';
import { readStored, removeStored, writeStored } from '../../platform/storage';
import { documentInEffect, findVersion } from './in-effect';
import { LAUNCH_DOCUMENT_IDS } from './launch-ids';

export { findVersion };

/** `outdated`: agreed before, but a version since then asks everyone to agree again. */
export type LaunchConsent = 'accepted' | 'declined' | 'undecided' | 'outdated';

export { LAUNCH_DOCUMENT_IDS };

/** Those documents at the versions in force (published in the cloud, else this build's). */
export function launchDocuments(): PolicyDocument[] {
  return LAUNCH_DOCUMENT_IDS.map(documentInEffect);
}

interface AgreedVersion {
  id: string;
  version: string;
}

/** One key for the exact versions shown, so a new version of either document asks again. */
export function launchConsentKey(): string {
  return launchDocuments()
    .map((doc) => `${doc.id}@${doc.version}#${doc.sha256.slice(0, 12)}`)
    .join('+');
}

/** A newer version needs everyone's agreement again if it, or any version between, says so. */
export function needsReconsent(current: PolicyDocument, agreedVersion: string | undefined): boolean {
  if (agreedVersion === current.version) return false;
  const agreed = agreedVersion === undefined ? undefined : findVersion(current.id, agreedVersion);
  if (!agreed) return true;
  return LAUNCH_DOCUMENTS.some(
    (doc) =>
      doc.id === current.id &&
      doc.reconsentRequired &&
      compareVersions(doc.version, agreed.version) > 0 &&
      compareVersions(doc.version, current.version) <= 0,
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
  return launchDocuments().flatMap((current) => {
    const version = agreed.find((a) => a.id === current.id)?.version;
    if (version === current.version) return [];
    return [{ current, previous: version === undefined ? undefined : findVersion(current.id, version) }];
  });
}

export function readLaunchConsent(): LaunchConsent {
  const agreed = agreedVersions();
  if (agreed) {
    const stale = launchDocuments().some((doc) => needsReconsent(doc, agreed.find((a) => a.id === doc.id)?.version));
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
    launchDocuments().map(({ id, version }) => ({ id, version })),
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
