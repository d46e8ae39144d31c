import type { AccountRecord } from '../account/account.record';
import type { Audience } from '../contract/notify';
import { accountsRepo, sourcesRepo, type Page } from './notify.repository';

export interface AudienceBatch {
  accounts: AccountRecord[];
  /** Where the next batch starts (the source's sort key). */
  cursor: string | null;
  done: boolean;
}

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
): Promise<AudienceBatch> {
  switch (audience.type) {
    case 'person': {
      if (cursor) return { accounts: [], cursor, done: true };
      const account = await accountsRepo.byName(audience.accountName);
      return { accounts: account && reachable(account) ? [account] : [], cursor: 'person', done: true };
    }
    case 'everyone': {
      const page = await accountsRepo.pageAfter(cursor, at, limit);
      const last = page[page.length - 1];
      return { accounts: page.filter(reachable), cursor: last?._id ?? cursor, done: page.length < limit };
    }
    case 'matter': {
      const page = await sourcesRepo.matterApplicants(audience.matterCode, cursor, limit);
      return fromAccountIds(page, cursor, at);
    }
    case 'policy': {
      const page = await sourcesRepo.policyConsenters(audience.documentId, audience.version, cursor, limit);
      const bindings = await accountsRepo.bindings(page.keys);
      return fromAccountIds({ ...page, keys: bindings.map((b) => b.accountId) }, cursor, at);
    }
  }
}

async function fromAccountIds(page: Page, cursor: string | null, at: number): Promise<AudienceBatch> {
  const accounts = await accountsRepo.byIds(page.keys);
  return {
    accounts: accounts.filter((a) => reachable(a) && a.createdAt <= at),
    cursor: page.last ?? cursor,
    done: !page.full,
  };
}

/** How many people the audience reaches now (read through the same batches the job sends in). */
export async function audienceSize(audience: Audience, at: number): Promise<number> {
  if (audience.type === 'everyone') return accountsRepo.countReachable(at);
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (;;) {
    const batch = await nextBatch(audience, cursor, at, 1000);
    for (const a of batch.accounts) seen.add(a._id);
    if (batch.done) return seen.size;
    cursor = batch.cursor;
  }
}
