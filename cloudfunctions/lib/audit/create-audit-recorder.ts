import { chainSeal } from '../chain/chain-seal';
import { loadAuditKey } from '../crypto/keys';
import { cloudInbox } from '../notify/cloud-inbox';
import { adminAlertInbox } from './admin-alert-inbox';
import { auditRecorder, type AuditRecorder } from './audit-recorder';
import type { AuditStore } from './audit-store';
import { watchAuditEvent } from './audit-watch';
import { cloudAuditStore } from './cloud-audit.store';
import { cloudAuditWatchStore } from './cloud-audit-watch.store';

/**
 * The recorder every function's deps use: the cloud store, sealed with the audit key (throws at
 * load if unset), each appended event counted against the anomaly rules (config/audit-alerts.ts).
 */
export function createAuditRecorder(
  env: Record<string, string | undefined> = process.env,
  store: AuditStore = cloudAuditStore(),
): AuditRecorder {
  const watch = { watch: cloudAuditWatchStore(), alerts: adminAlertInbox(cloudInbox()) };
  return auditRecorder(store, chainSeal(loadAuditKey(env)), (event) => watchAuditEvent(event, watch));
}
