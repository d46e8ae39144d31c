import { AUDIT_ALERT_RULES } from '../../../config/audit-alerts';
import { requireRole, type GuardDeps } from '../account/account-guard';
import { AuditQuerySchema, type AuditAlertView, type AuditPage, type AuditRow } from '../contract/audit';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { AuditEntry } from './audit-entry';
import type { AuditRecorder } from './audit-recorder';
import type { AuditSearchStore } from './audit-search.store';
import { windowStartOf, type AuditWatchStore, type WatchRecord } from './audit-watch';
import { maskStaffId } from './staff-reads';

export interface SearchAuditDeps extends GuardDeps {
  audit: AuditRecorder;
  auditSearch: AuditSearchStore;
  auditWatch: AuditWatchStore;
}

export const AUDIT_PAGE_SIZE = 20;
/** Actors that are not accounts: the admin may filter by them by name. */
const NON_ACCOUNT_ACTORS = ['anonymous', 'system', 'console'];

/** A caller digest (caller-digest.ts) is already no one's id: shown whole, so the admin can follow that caller. */
const isCaller = (id: string) => /^caller-[0-9a-f]{16}$/.test(id);

const mask = (id: string) => (NON_ACCOUNT_ACTORS.includes(id) || isCaller(id) ? id : maskStaffId(id));

/** An account name to its id; a name nobody holds matches nothing (undefined means "no filter"). */
async function idOf(name: string | undefined, deps: SearchAuditDeps, specials: string[] = []) {
  if (name === undefined) return undefined;
  if (specials.includes(name) || (specials.length > 0 && isCaller(name))) return name;
  return (await deps.accounts.findByName(name))?._id ?? null;
}

function isFlagged(entry: AuditEntry, alerts: WatchRecord[]): boolean {
  return alerts.some(
    (alert) =>
      alert.actor === entry.actor &&
      alert.windowStart === windowStartOf(entry.at) &&
      AUDIT_ALERT_RULES.some((rule) => rule.id === alert.rule && rule.actions.includes(entry.action)),
  );
}

const toRow = (entry: AuditEntry, alerts: WatchRecord[]): AuditRow => ({
  seq: entry.seq,
  at: new Date(entry.at).toISOString(),
  actor: mask(entry.actor),
  action: entry.action,
  subject: entry.subject === undefined ? null : maskStaffId(entry.subject),
  flagged: isFlagged(entry, alerts),
});

const toAlert = (alert: WatchRecord): AuditAlertView => ({
  rule: alert.rule,
  actor: mask(alert.actor),
  windowStart: new Date(alert.windowStart).toISOString(),
  count: alert.people.length,
  limit: alert.limit,
});

/**
 * An admin reads the audit trail (policy §6.3.1(4)): filtered, newest first, a page at a time;
 * people appear masked. Reading the trail is itself audited, with the person filtered on as subject.
 */
export async function searchAudit(input: unknown, ctx: CallContext, deps: SearchAuditDeps): Promise<AuditPage> {
  const query = parseInput(AuditQuerySchema, input);
  const { account: admin } = await requireRole(ctx, deps, ['admin']);
  const actor = await idOf(query.actor, deps, NON_ACCOUNT_ACTORS);
  const subject = await idOf(query.subject, deps);
  const unknownName = actor === null || subject === null;
  const entries = unknownName
    ? []
    : await deps.auditSearch.page(
        { actor, subject, action: query.action, from: query.from, to: query.to, before: query.before },
        AUDIT_PAGE_SIZE,
      );
  const [flags, recent] = await Promise.all([
    deps.auditWatch.alertsOf([...new Set(entries.map((e) => e.actor))]),
    deps.auditWatch.recentAlerts(5),
  ]);
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: admin._id,
    action: 'audit.searched',
    target: 'audit-trail',
    ...(subject ? { subject } : {}),
    details: {
      action: query.action ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      before: query.before ?? null,
    },
  });
  return {
    rows: entries.map((entry) => toRow(entry, flags)),
    nextCursor: entries.length === AUDIT_PAGE_SIZE ? (entries.at(-1)?.seq ?? null) : null,
    alerts: recent.map(toAlert),
  };
}
