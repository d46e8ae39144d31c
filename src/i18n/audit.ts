import { aside } from './compose';
import { enAudit } from './en-audit';
import { localized } from './locale-store';
import { ptPTAudit } from './pt-PT-audit';
import { zhCNAudit } from './zh-CN-audit';
import { zhMOAudit } from './zh-MO-audit';

/** The active audit-screen catalog (ships in the staff subpackage only). */
export const tAudit = localized(zhCNAudit, { 'zh-MO': zhMOAudit, 'pt-PT': ptPTAudit, en: enAudit });

/**
 * An audited action as an admin reads it. A generic staff entry (`staff.<function>.<action>`,
 * cloudfunctions/lib/audit/staff-action-audit.ts) reads as a staff action in that area; an action
 * the catalog does not know yet is named as such.
 */
export function auditActionName(action: string): string {
  const named = tAudit.actions[action];
  if (named) return named;
  const generic = /^staff\.([a-z]+)\.[A-Za-z]+$/.exec(action);
  const area = generic ? tAudit.staffFunctions[generic[1]!] : undefined;
  if (area) return aside(tAudit.staffAction, area);
  return aside(tAudit.otherAction, action);
}
