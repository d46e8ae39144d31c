import { requireRole } from '../account/account-guard';
import { parseInput } from '../handler/parse-input';
import { maskMobile } from '../crypto/masking';
import {
  OPEN_STATUSES,
  QueueInputSchema,
  RequestRefInputSchema,
  STATUS_GROUPS,
  type Page,
  type QueueItem,
  type StaffRequestView,
} from '../contract/requests';
import { isOwnMatter } from '../enterprise/own-matter';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { SORT_KEY_PATTERN } from './new-request';
import { DEFAULT_PAGE_SIZE, parseCursor, readPage } from './paging';
import type { RequestRecord } from './request.record';
import { toSummary, toView, viewFileIDs } from './request-view';
import type { RequestsDeps } from './requests.deps';
import { canProcess, QUEUE_READERS } from './staff-roles';

function queueItem(r: RequestRecord): QueueItem {
  return {
    ...toSummary(r),
    assigneeName: r.assigneeName,
    applicantName: r.enterpriseName ?? null,
  };
}

/**
 * The staff queue: by matter and status or group of statuses (default: every status staff still act on), or what is
 * assigned to the caller; oldest first, paged, each shape backed by an index; the caller's own
 * requests and their enterprises' are left out (a page may then be short). No personal
 * information in the list, so listing is not audited; opening a request is.
 */
export async function staffQueue(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<Page<QueueItem>> {
  const { account } = await requireRole(ctx, deps, QUEUE_READERS);
  const data = parseInput(QueueInputSchema, input ?? {});
  const cursor = parseCursor(data.cursor, SORT_KEY_PATTERN);
  const size = data.pageSize ?? DEFAULT_PAGE_SIZE;
  const filter = {
    matterCode: data.matterCode,
    statuses: data.status ? [data.status] : data.group ? STATUS_GROUPS[data.group] : OPEN_STATUSES,
    assigneeId: data.assignedToMe ? account._id : undefined,
  };
  const page = await readPage(
    size,
    (limit) => deps.requests.queue(filter, { cursor, size: limit }),
    (r) => r,
  );
  const items: QueueItem[] = [];
  for (const r of page.items) {
    // Not offered to the staff member it concerns (separation of duties, issue 15 finding 3).
    if (await isOwnMatter(account, { personId: r.applicantId, enterpriseId: r.enterpriseId }, deps)) continue;
    items.push(queueItem(r));
  }
  return { items, nextCursor: page.nextCursor };
}

/** One request with its materials' temp URLs and the applicant; every such read is audited. */
export async function staffRequestDetail(
  input: unknown,
  ctx: CallContext,
  deps: RequestsDeps,
): Promise<StaffRequestView> {
  const { account: staff } = await requireRole(ctx, deps, QUEUE_READERS);
  const { requestId } = parseInput(RequestRefInputSchema, input);
  const record = await deps.requests.get(requestId);
  if (!record) throw new AppError('REQUESTS.NOT_FOUND');
  const applicant = await deps.accounts.get(record.applicantId);
  const fullMobile = canProcess(staff.roles);
  const [events, urls] = await Promise.all([
    deps.events.forRequest(record._id),
    deps.materials.tempUrls(viewFileIDs(record)),
  ]);
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: staff._id,
    action: 'request.viewed',
    target: record._id,
    subject: record.applicantId,
    details: {
      applicant: record.applicantId,
      fields: 'form,materials,delivery,applicant',
      mobile: fullMobile ? 'full' : 'masked',
    },
  });
  const fields = deps.accountFields;
  const mobileNumber =
    applicant?.mobileNumber && applicant.mobileCountryCode
      ? fields.open('mobileNumber', applicant._id, applicant.mobileNumber)
      : '';
  const countryCode = applicant?.mobileCountryCode ?? '+86';
  const actors: Record<string, string> = {};
  for (const e of events) if (e.by === 'staff' && e.actorName) actors[e._id] = e.actorName;
  return {
    ...toView(record, events, deps.cipher, { urls, fullMobile }),
    applicant: {
      accountName: applicant?.accountName ?? '',
      realName: applicant?.realName ? fields.open('realName', applicant._id, applicant.realName) : '',
      mobile: { countryCode, number: fullMobile ? mobileNumber : maskMobile(countryCode, mobileNumber) },
    },
    assignee: record.assigneeId ? { accountId: record.assigneeId, accountName: record.assigneeName ?? '' } : null,
    actors,
  };
}
