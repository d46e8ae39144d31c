import { requireAccount } from '../account/account-guard';
import { parseInput } from '../handler/parse-input';
import {
  MyRequestsInputSchema,
  RequestRefInputSchema,
  STATUS_GROUPS,
  type Page,
  type RequestSummary,
  type RequestView,
} from '../contract/requests';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { SORT_KEY_PATTERN } from './new-request';
import { DEFAULT_PAGE_SIZE, parseCursor, readPage } from './paging';
import type { RequestRecord } from './request.record';
import { toSummary, toView, viewFileIDs } from './request-view';
import type { RequestsDeps } from './requests.deps';

/** The signed-in person's requests, newest first, optionally one status or one group of them (index-backed). */
export async function myRequests(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<Page<RequestSummary>> {
  const { account } = await requireAccount(ctx, deps, 'read');
  const data = parseInput(MyRequestsInputSchema, input ?? {});
  const cursor = parseCursor(data.cursor, SORT_KEY_PATTERN);
  const size = data.pageSize ?? DEFAULT_PAGE_SIZE;
  const statuses = data.status ? [data.status] : data.group ? STATUS_GROUPS[data.group] : undefined;
  return readPage(size, (limit) => deps.requests.mine(account._id, statuses, { cursor, size: limit }), toSummary);
}

/**
 * The caller's own request. Another person's request answers exactly as a missing one does
 * (REQUESTS.NOT_FOUND): an id says nothing about whether it exists.
 */
export async function ownRequest(requestId: string, accountId: string, deps: RequestsDeps): Promise<RequestRecord> {
  const record = await deps.requests.get(requestId);
  if (!record || record.applicantId !== accountId) throw new AppError('REQUESTS.NOT_FOUND');
  return record;
}

export async function requestDetail(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<RequestView> {
  const { account } = await requireAccount(ctx, deps, 'read');
  const { requestId } = parseInput(RequestRefInputSchema, input);
  const record = await ownRequest(requestId, account._id, deps);
  const [events, urls] = await Promise.all([
    deps.events.forRequest(record._id),
    deps.materials.tempUrls(viewFileIDs(record)),
  ]);
  return toView(record, events, deps.cipher, { urls, fullMobile: false });
}
