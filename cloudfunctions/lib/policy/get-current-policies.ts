import { EmptyInputSchema } from '../contract/consent';
import type { CurrentPoliciesOutput, UpcomingPoliciesOutput } from '../contract/policy';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { CatalogSource } from './load-catalog';
import { publishedPolicy, upcomingPublications } from './policy-timeline';
import type { PublicationRepository } from './publication.repository';

/** The documents in force now (published in the cloud, else the build's), without their text. */
export async function getCurrentPolicies(
  catalog: CatalogSource,
  input: unknown,
  ctx: CallContext,
): Promise<CurrentPoliciesOutput> {
  parseInput(EmptyInputSchema, input);
  return { policies: (await catalog(ctx.now)).currentAll() };
}

/** Versions published to take effect later: what anyone, guests included, is told in advance. */
export async function getUpcomingPolicies(
  deps: { catalog: CatalogSource; publications: PublicationRepository },
  input: unknown,
  ctx: CallContext,
): Promise<UpcomingPoliciesOutput> {
  parseInput(EmptyInputSchema, input);
  const [catalog, publications] = await Promise.all([deps.catalog(ctx.now), deps.publications.list()]);
  return { policies: upcomingPublications(catalog, publications, ctx.now.getTime()).map(publishedPolicy) };
}
