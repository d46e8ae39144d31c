import { enAudit } from './en-audit';
import { localized } from './locale-store';
import { ptPTAudit } from './pt-PT-audit';
import { zhCNAudit } from './zh-CN-audit';
import { zhMOAudit } from './zh-MO-audit';

/** The active audit-screen catalog (ships in the staff subpackage only). */
export const tAudit = localized(zhCNAudit, { 'zh-MO': zhMOAudit, 'pt-PT': ptPTAudit, en: enAudit });

/** An audited action as an admin reads it; an action the catalog does not know yet is named as such. */
export const auditActionName = (action: string) => tAudit.actions[action] ?? `${tAudit.otherAction}（${action}）`;
