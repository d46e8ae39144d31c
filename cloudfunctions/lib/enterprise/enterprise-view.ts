import type { AccountRecord } from '../account/account.record';
import type { AgentGrantView, EnterpriseView } from '../contract/enterprise';
import type { FieldCipher, Sealed } from '../crypto/field-cipher';
import { maskDocumentNumber, maskName } from '../crypto/masking';
import { isCurrent } from './acting-for';
import type { EnterpriseRecord, GrantRecord } from './enterprise.record';

export type EnterpriseSealedField = 'legalRepName' | 'legalRepDocumentNumber';

/** Enterprise fields sealed to the enterprise id and field name. */
export function enterpriseSeal(cipher: FieldCipher, enterpriseId: string) {
  const context = (field: EnterpriseSealedField) => `enterprises.${field}:${enterpriseId}`;
  return {
    seal: (field: EnterpriseSealedField, value: string): Sealed => cipher.seal(value, context(field)),
    open: (field: EnterpriseSealedField, sealed: Sealed): string => cipher.open(sealed, context(field)),
  };
}

/** Named as the legal representative: enough to keep a staff member off the enterprise's matters. */
export function isLegalRepresentative(enterprise: EnterpriseRecord, account: AccountRecord): boolean {
  return account.documentIndex !== null && account.documentIndex === enterprise.legalRepDocumentIndex;
}

export function isVerifiedEnterprise(enterprise: EnterpriseRecord): boolean {
  return enterprise.verifiedBy === 'registry' || enterprise.verifiedBy === 'staff';
}

/**
 * Manages the enterprise's grants (lists, revokes): the named legal representative of a verified
 * registration only. A name typed in by a registrant proves nothing (finding 1: a squatter naming
 * themselves could list and revoke the real agents' grants).
 */
export function managesGrants(enterprise: EnterpriseRecord, account: AccountRecord): boolean {
  return isVerifiedEnterprise(enterprise) && isLegalRepresentative(enterprise, account);
}

export function toEnterpriseView(e: EnterpriseRecord, account: AccountRecord, cipher: FieldCipher): EnterpriseView {
  const sealed = enterpriseSeal(cipher, e._id);
  return {
    id: e._id,
    name: e.name,
    uscc: e.uscc,
    legalRepresentative: {
      name: maskName(sealed.open('legalRepName', e.legalRepName)),
      documentType: e.legalRepDocumentType,
      documentNumber: maskDocumentNumber(
        e.legalRepDocumentType,
        sealed.open('legalRepDocumentNumber', e.legalRepDocumentNumber),
      ),
    },
    registeredAt: new Date(e.registeredAt).toISOString(),
    isLegalRepresentative: managesGrants(e, account),
    verified: isVerifiedEnterprise(e),
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** `agentName` is already masked by the caller (it comes from the agent's account). */
export function toGrantView(g: GrantRecord, agentName: string, today: string): AgentGrantView {
  return {
    id: g._id,
    enterprise: { id: g.enterpriseId, name: g.enterpriseName, uscc: g.enterpriseUscc },
    agentName,
    matterCodes: g.matterCodes,
    validFrom: g.validFrom,
    validUntil: g.validUntil,
    status: g.status,
    current: isCurrent(g, today),
    requestedAt: new Date(g.requestedAt).toISOString(),
    decidedAt: iso(g.decidedAt),
    decisionComment: g.decisionComment,
    revokedAt: iso(g.revokedAt),
    revokedBy: g.revokedBy,
    revokeReason: g.revokeReason,
  };
}
