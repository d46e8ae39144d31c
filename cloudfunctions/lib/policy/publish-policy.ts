import { requireRole } from '../account/account-guard';
import { PublishInputSchema, type PublishOutput } from '../contract/policy';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { effectiveMoment } from './effective-time';
import { upcomingPublications } from './policy-timeline';
import type { PolicyDeps } from './policy.deps';
import { publicationId, type PublicationRecord } from './publication.record';
import { sendPublicationNotices } from './publication-notices';
import { toPublicationView } from './publication-view';
import { compareVersions } from '../contract/policy-version';

export const PUBLISHER_ROLES = ['publisher', 'admin'] as const;

/**
 * Publishes a version of a document that this build ships, from a day or moment on. It must be the
 * exact text of policies/ (same hash), not take effect in the past, and be newer than what is in
 * force or already scheduled. Audited; every registered account is told in its inbox.
 */
export async function publishPolicy(input: unknown, ctx: CallContext, deps: PolicyDeps): Promise<PublishOutput> {
  const data = parseInput(PublishInputSchema, input);
  const { account: staff } = await requireRole(ctx, deps, PUBLISHER_ROLES);
  const now = ctx.now.getTime();

  const versions = deps.built.filter((doc) => doc.id === data.documentId);
  if (versions.length === 0) throw new AppError('POLICY.DOCUMENT_UNKNOWN');
  const built = versions.find((doc) => doc.version === data.version);
  if (!built) throw new AppError('POLICY.VERSION_NOT_IN_BUILD');
  if (built.sha256 !== data.sha256) throw new AppError('POLICY.HASH_MISMATCH');
  const effective = effectiveMoment(data.effective, now);

  const publications = await deps.publications.list();
  const catalog = await deps.catalog(ctx.now);
  const latest = [
    catalog.current(built.id)?.version ?? '',
    ...upcomingPublications(catalog, publications, now)
      .filter((p) => p.documentId === built.id)
      .map((p) => p.version),
  ];
  if (latest.some((version) => compareVersions(built.version, version) <= 0)) {
    throw new AppError('POLICY.VERSION_NOT_NEWER');
  }

  const record: PublicationRecord = {
    _id: publicationId(built.id, built.version),
    documentId: built.id,
    version: built.version,
    title: built.title,
    sha256: built.sha256,
    changeSummary: built.changeSummary,
    reconsentRequired: built.reconsentRequired,
    effectiveAt: effective.at,
    effectiveDate: effective.day,
    publishedAt: now,
    publishedBy: staff._id,
    requestId: ctx.requestId,
    noticeCursor: null,
    noticesSent: 0,
    noticesDone: false,
  };
  await deps.publications.insert(record);
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: 'policy.publish',
    target: record._id,
    details: { effectiveAt: new Date(record.effectiveAt).toISOString(), sha256: record.sha256 },
  });
  const notices = await sendPublicationNotices(deps, record, now);
  return {
    publication: { ...toPublicationView(record), notices },
    inEffect: record.effectiveAt <= now,
  };
}
