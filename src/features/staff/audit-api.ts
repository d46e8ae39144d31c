import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type { AuditPage, AuditQuery, VerifyAuditOutput } from '../../../cloudfunctions/lib/contract/audit';
import { cloudClient } from '../../services/cloud';

const fn = 'privacy' as const;
const p = FUNCTIONS.privacy;

/** The audit trail's admin actions (privacy function): one page of entries, and the chain's check. */
export const auditApi = {
  page: (query: AuditQuery) => cloudClient.call<AuditPage, typeof fn>(fn, p.auditLog, query),
  verify: () => cloudClient.call<VerifyAuditOutput, typeof fn>(fn, p.verifyAudit),
};
