import type { AccountDirectory } from '../account/account-directory';
import type { AccountRecord } from '../account/account.record';
import type { PolicyConsenters } from '../consent/policy-consenters';
import type { Audience } from '../contract/notify';
import type { MatterApplicants } from '../requests/matter-applicants';

/** Where audiences are read from: other contexts' data, behind the interfaces they own. */
export interface AudienceSources {
  accounts: AccountDirectory;
  matterApplicants: MatterApplicants;
  policyConsenters: PolicyConsenters;
}

export interface AudienceBatch {
  accounts: AccountRecord[];
  /** Where the next batch starts (the source's sort key). */
  cursor: string | null;
  done: boolean;
}

/** One page of a source: distinct keys, the last key read (the next cursor), whether more may follow. */
interface Page {
  keys: string[];
  last: string | null;
  full: boolean;
}

const pageOf = (keys: string[], limit: number): Page => ({
  keys: [...new Set(keys)],
  last: keys[keys.length - 1] ?? null,
  full: keys.length === limit,
});

const reachable = (a: AccountRecord) => a.statusState !== 'cancelled' && a.closedAt === null;

/**
 * The audience of a job, read in its source's key order a batch at a time, so a job of any size
 * is sent in steps and a resumed job continues where the last step ended. Accounts created after
 * the job (`at`) are not part of it.
 */
export async function nextBatch(
  audience: Audience,
  cursor: string | null,
  at: number,
  limit: number,
  sources: AudienceSources,
): Promise<AudienceBatch> {
  switch (audience.type) {
    case 'person': {
      if (cursor) return { accounts: [], cursor, done: true };
      const account = await sources.accounts.byName(audience.accountName);
      return { accounts: account && reachable(account) ? [account] : [], cursor: 'person', done: true };
    }
    case 'everyone': {
      const page = await sources.accounts.pageAfter(cursor, at, limit);
      const last = page[page.length - 1];
      return { accounts: page.filter(reachable), cursor: last?._id ?? cursor, done: page.length < limit };
    }
    case 'accounts': {
      // At most MAX_NAMED_ACCOUNTS names (the schema's cap): one batch.
      if (cursor) return { accounts: [], cursor, done: true };
      const named = await Promise.all(audience.accountNames.map((name) => sources.accounts.byName(name)));
      const accounts = [...new Map(named.flatMap((a) => (a ? [[a._id, a] as const] : []))).values()];
      return { accounts: accounts.filter((a) => reachable(a) && a.createdAt <= at), cursor: 'accounts', done: true };
    }
    case 'matter': {
      const page = pageOf(await sources.matterApplicants(audience.matterCode, cursor, limit), limit);
      return fromAccountIds(page, cursor, at, sources);
    }
    case 'policy': {
      const openids = await sources.policyConsenters(audience.documentId, audience.version, cursor, limit);
      const page = pageOf(openids, limit);
      const keys = await sources.accounts.accountIdsOfOpenids(page.keys);
      return fromAccountIds({ ...page, keys }, cursor, at, sources);
    }
  }
}

async function fromAccountIds(page: Page, cursor: string | null, at: number, sources: AudienceSources) {
  const accounts = await sources.accounts.byIds(page.keys);
  return {
    accounts: accounts.filter((a) => reachable(a) && a.createdAt <= at),
    cursor: page.last ?? cursor,
    done: !page.full,
  };
}

/** How many people the audience reaches now (read through the same batches the job sends in). */
export async function audienceSize(audience: Audience, at: number, sources: AudienceSources): Promise<number> {
  if (audience.type === 'everyone') return sources.accounts.countNotCancelled(at);
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (;;) {
    const batch = await nextBatch(audience, cursor, at, 1000, sources);
    for (const a of batch.accounts) seen.add(a._id);
    if (batch.done) return seen.size;
    cursor = batch.cursor;
  }
}
