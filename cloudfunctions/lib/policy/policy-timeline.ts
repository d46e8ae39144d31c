import type { PublishedPolicy } from '../contract/policy';
import { catalogOf, type PolicyCatalog, type PolicyVersion } from '../consent/policy-catalog';
import { publicationId, type PublicationRecord } from './publication.record';
import { compareVersions } from '../contract/policy-version';

/** What a publication says about its version; its effective date is the publication's. */
export function publishedVersion(p: PublicationRecord): PolicyVersion {
  const { documentId: id, title, version, effectiveDate, sha256, changeSummary, reconsentRequired } = p;
  return { id, title, version, effectiveDate, sha256, changeSummary, reconsentRequired };
}

export function publishedPolicy(p: PublicationRecord): PublishedPolicy {
  return { ...publishedVersion(p), effectiveAt: new Date(p.effectiveAt).toISOString() };
}

/** Per document, the newest published version whose time has come. */
export function publicationsInEffect(publications: readonly PublicationRecord[], now: number): PublicationRecord[] {
  const newest = new Map<string, PublicationRecord>();
  for (const p of publications) {
    if (p.effectiveAt > now) continue;
    const held = newest.get(p.documentId);
    if (!held || compareVersions(p.version, held.version) > 0) newest.set(p.documentId, p);
  }
  return [...newest.values()];
}

/**
 * The documents in force at `now`: what is published and in effect in the cloud, and for a document
 * with nothing published yet, the build's own current version (the bootstrap). Every version the
 * build ships stays findable, so older grants are still recognised.
 */
export function catalogAt(
  bundled: readonly PolicyVersion[],
  bundledCurrent: Readonly<Record<string, PolicyVersion>>,
  publications: readonly PublicationRecord[],
  now: number,
): PolicyCatalog {
  const published = new Map(publications.map((p) => [p._id, publishedVersion(p)]));
  const documents = [
    ...bundled.filter((doc) => !published.has(publicationId(doc.id, doc.version))),
    ...published.values(),
  ];
  const current: Record<string, PolicyVersion> = { ...bundledCurrent };
  for (const p of publicationsInEffect(publications, now)) current[p.documentId] = publishedVersion(p);
  return catalogOf(documents, current);
}

/** Published versions that will replace the one in force later, soonest first. */
export function upcomingPublications(
  catalog: PolicyCatalog,
  publications: readonly PublicationRecord[],
  now: number,
): PublicationRecord[] {
  return publications
    .filter((p) => p.effectiveAt > now)
    .filter((p) => compareVersions(p.version, catalog.current(p.documentId)?.version ?? '') > 0)
    .sort((a, b) => a.effectiveAt - b.effectiveAt || a.documentId.localeCompare(b.documentId));
}
