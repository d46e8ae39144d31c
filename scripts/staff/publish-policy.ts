/**
 * npm run staff -- publish-policy --document <id> --version <version> --effective <YYYY-MM-DD | ISO time>
 *                                 --as <staff openid> [--env <env>]
 *
 * Publishes a version listed in policies/manifest.json through the policy function, as a staff
 * member with the publisher (or admin) role: the function checks the role, the version against the
 * manifest it was built with (the hash is computed here from policies/), and the date; then it
 * tells every registered account in batches, and this command carries the batches on to the end.
 */
import { join, resolve } from 'node:path';
import type { NoticeProgress, PublishOutput } from '../../cloudfunctions/lib/contract/policy';
import type { Result } from '../../cloudfunctions/lib/contract/result';
import { buildPolicies } from '../policies/build-policies';

export interface PublishArgs {
  document: string;
  version: string;
  effective: string;
}

type Call = <T>(action: string, input: unknown) => Promise<Result<T>>;

/** The version's hash from policies/ as it is on disk, checked against the manifest. */
export function manifestHash(
  document: string,
  version: string,
  root = join(resolve(__dirname, '..', '..'), 'policies'),
) {
  const built = buildPolicies(root);
  if (!built.ok) throw new Error(`policies/ does not build:\n${built.errors.join('\n')}`);
  const doc = built.documents.find((d) => d.id === document && d.version === version);
  if (!doc) throw new Error(`${document}@${version} is not in policies/manifest.json`);
  return doc.sha256;
}

export async function publishPolicy(
  call: Call,
  args: PublishArgs,
  sha256: string,
  log: (line: string) => void,
): Promise<PublishOutput> {
  const published = await call<PublishOutput>('publish', {
    documentId: args.document,
    version: args.version,
    sha256,
    effective: args.effective,
  });
  if (!published.ok) throw new Error(`${published.error.code}: ${published.error.message}`);
  const { publication } = published.data;
  log(`published ${publication.id}@${publication.version}, in effect from ${publication.effectiveAt}`);
  let progress: NoticeProgress = publication.notices;
  log(`notices: ${progress.sent} sent`);
  while (!progress.done) {
    const next = await call<NoticeProgress>('sendNotices', { documentId: args.document, version: args.version });
    if (!next.ok) throw new Error(`notices stopped at ${progress.sent}: ${next.error.code} ${next.error.message}`);
    progress = next.data;
    log(`notices: ${progress.sent} sent`);
  }
  log(`notices: done, ${progress.sent} registered accounts told`);
  return published.data;
}
