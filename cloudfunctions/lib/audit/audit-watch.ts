import { AUDIT_ALERT_RULES, AUDIT_ALERT_WINDOW_MS, type AuditAlertRule } from '../../../config/audit-alerts';
import type { AuditEvent } from './audit-entry';

/** One actor's count under one rule in one hour (`audit_watch`, id `<rule>:<actor>:<windowStart>`). */
export interface WatchRecord {
  _id: string;
  rule: AuditAlertRule['id'];
  actor: string;
  windowStart: number;
  /** The distinct people touched (account ids, or request ids when no subject is known). */
  people: string[];
  limit: number;
  /** When the alert went out; 0 until then (claimed once, so one alert per actor, rule and hour). */
  alertedAt: number;
}

export interface AuditWatchStore {
  /** Adds `person` to the window's set (created on first use); the set's size afterwards. */
  count(window: Omit<WatchRecord, 'people' | 'alertedAt'>, person: string): Promise<number>;
  /** Marks the window alerted; true for the one caller that did it first. */
  claimAlert(id: string, at: number): Promise<boolean>;
  /** Alerted windows, newest first. */
  recentAlerts(limit: number): Promise<WatchRecord[]>;
  /** Alerted windows of these actors (to flag their rows on the screen). */
  alertsOf(actors: string[]): Promise<WatchRecord[]>;
}

/** Where an alert goes: every admin's inbox (admin-alert-inbox.ts). */
export interface AdminAlerts {
  send(alert: WatchRecord & { count: number }, at: number): Promise<void>;
}

export interface AuditWatchDeps {
  watch: AuditWatchStore;
  alerts: AdminAlerts;
  rules?: readonly AuditAlertRule[];
}

export const windowStartOf = (at: number) => at - (at % AUDIT_ALERT_WINDOW_MS);
export const watchId = (rule: string, actor: string, windowStart: number) => `${rule}:${actor}:${windowStart}`;

/**
 * Counts an appended event against the anomaly rules. Cheap on the common path: events no rule
 * lists touch nothing; a listed one costs one write and one read of its counter, and the alert is
 * claimed with a conditional update so concurrent calls past the limit raise it exactly once.
 */
export async function watchAuditEvent(event: AuditEvent, deps: AuditWatchDeps): Promise<void> {
  const person = event.subject ?? event.target;
  for (const rule of deps.rules ?? AUDIT_ALERT_RULES) {
    if (!rule.actions.includes(event.action)) continue;
    const windowStart = windowStartOf(event.at);
    const id = watchId(rule.id, event.actor, windowStart);
    const count = await deps.watch.count(
      { _id: id, rule: rule.id, actor: event.actor, windowStart, limit: rule.limit },
      person,
    );
    if (count <= rule.limit || !(await deps.watch.claimAlert(id, event.at))) continue;
    await deps.alerts.send(
      {
        _id: id,
        rule: rule.id,
        actor: event.actor,
        windowStart,
        people: [],
        limit: rule.limit,
        alertedAt: event.at,
        count,
      },
      event.at,
    );
  }
}
