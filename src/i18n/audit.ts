import { zhCNAudit } from './zh-CN-audit';

/** The active audit-screen catalog (ships in the staff subpackage only). */
export const tAudit = zhCNAudit;

/** An audited action as an admin reads it; an action the catalog does not know yet is named as such. */
export const auditActionName = (action: string) => tAudit.actions[action] ?? `${tAudit.otherAction}（${action}）`;
