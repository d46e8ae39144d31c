import { requireRole } from '../account/account-guard';
import { EmptyInputSchema } from '../contract/consent';
import { PublicationRefSchema, type NoticeProgress, type PublicationsOutput } from '../contract/policy';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { PolicyDeps } from './policy.deps';
import { publicationId } from './publication.record';
import { sendPublicationNotices } from './publication-notices';
import { toPublicationView } from './publication-view';
import { PUBLISHER_ROLES } from './publish-policy';

/** Every publication with who published it and how far its notices have got, newest first. */
export async function listPublications(
  input: unknown,
  ctx: CallContext,
  deps: PolicyDeps,
): Promise<PublicationsOutput> {
  parseInput(EmptyInputSchema, input);
  await requireRole(ctx, deps, PUBLISHER_ROLES);
  const publications = await deps.publications.list();
  return { publications: publications.sort((a, b) => b.publishedAt - a.publishedAt).map(toPublicationView) };
}

/** Carries on sending a publication's notices where the last call stopped (the CLI repeats it). */
export async function continueNotices(input: unknown, ctx: CallContext, deps: PolicyDeps): Promise<NoticeProgress> {
  const ref = parseInput(PublicationRefSchema, input);
  await requireRole(ctx, deps, PUBLISHER_ROLES);
  const publication = await deps.publications.get(publicationId(ref.documentId, ref.version));
  if (!publication) throw new AppError('POLICY.PUBLICATION_NOT_FOUND');
  return sendPublicationNotices(deps, publication, ctx.now.getTime());
}
