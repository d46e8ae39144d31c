import { CURRENT_POLICIES, POLICY_DOCUMENTS } from '../../../policies/generated/catalog';
import type { ConsentDocumentId } from '../contract/consent';
import { compareVersions } from '../contract/policy-version';

/** What the consent rules need to know about one version of a document. */
export interface PolicyVersion {
  id: ConsentDocumentId;
  title: string;
  version: string;
  effectiveDate: string;
  sha256: string;
  changeSummary: string;
  reconsentRequired: boolean;
}

/** Every version the project ships, and which one is in force for each document. */
export interface PolicyCatalog {
  current(id: string): PolicyVersion | undefined;
  find(id: string, version: string): PolicyVersion | undefined;
  /** Versions newer than `version`, oldest first (to tell whether any of them needs re-consent). */
  newerThan(id: string, version: string): PolicyVersion[];
  currentAll(): PolicyVersion[];
}

function summary(doc: PolicyVersion): PolicyVersion {
  const { id, title, version, effectiveDate, sha256, changeSummary, reconsentRequired } = doc;
  return { id, title, version, effectiveDate, sha256, changeSummary, reconsentRequired };
}

export function catalogOf(documents: readonly PolicyVersion[], current: Record<string, PolicyVersion>): PolicyCatalog {
  const has = (id: string) => Object.prototype.hasOwnProperty.call(current, id);
  const versionsOf = (id: string) =>
    documents.filter((doc) => doc.id === id).sort((a, b) => compareVersions(a.version, b.version));
  return {
    current: (id) => (has(id) ? summary(current[id] as PolicyVersion) : undefined),
    find: (id, version) => {
      const doc = documents.find((d) => d.id === id && d.version === version);
      return doc && summary(doc);
    },
    newerThan: (id, version) => {
      const versions = versionsOf(id);
      const at = versions.findIndex((d) => d.version === version);
      const inForce = has(id) ? (current[id] as PolicyVersion) : undefined;
      const upTo = inForce ? versions.findIndex((d) => d.version === inForce.version) : versions.length - 1;
      return versions.slice(at + 1, upTo + 1).map(summary);
    },
    currentAll: () => Object.values(current).map(summary),
  };
}

/**
 * The documents built into this function from `policies/` (validated against their hashes at build),
 * with the build's own current versions: what is in force until something is published.
 */
export const bundledCatalog: PolicyCatalog = catalogOf(POLICY_DOCUMENTS, CURRENT_POLICIES);
