import { chainSeal } from '../chain/chain-seal';
import { loadAuditKey } from '../crypto/keys';
import { auditRecorder, type AuditRecorder } from './audit-recorder';
import { cloudAuditStore } from './cloud-audit.store';

/** The recorder every function's deps use: the cloud store, sealed with the audit key (throws at load if unset). */
export function createAuditRecorder(env: Record<string, string | undefined> = process.env): AuditRecorder {
  return auditRecorder(cloudAuditStore(), chainSeal(loadAuditKey(env)));
}
