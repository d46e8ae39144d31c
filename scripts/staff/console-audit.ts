import { auditRecorder, type AuditRecorder } from '../../cloudfunctions/lib/audit/audit-recorder';
import { cloudAuditStore, type CloudDatabase } from '../../cloudfunctions/lib/audit/cloud-audit.store';
import { chainSeal } from '../../cloudfunctions/lib/chain/chain-seal';
import { loadAuditKey } from '../../cloudfunctions/lib/crypto/keys';

/**
 * The staff console's way into the functions' own audit chain, sealed with the same key: the
 * operator's shell needs the functions' QYB_LEDGER_KEY (or QYB_INDEX_KEY) — loadAuditKey throws,
 * before anything is written, when neither is set.
 */
export function consoleAuditRecorder(
  db: unknown,
  env: Record<string, string | undefined> = process.env,
): AuditRecorder {
  return auditRecorder(cloudAuditStore(db as CloudDatabase), chainSeal(loadAuditKey(env)));
}
