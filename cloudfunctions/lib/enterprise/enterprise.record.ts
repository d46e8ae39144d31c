import type { GrantStatus } from '../contract/enterprise';
import type { DocumentType } from '../contract/identity-document';
import type { Sealed } from '../crypto/field-cipher';
import type { StoredFileRef } from '../files/stored-file-ref';

/**
 * An enterprise in `enterprises`, one per unified social credit code (unique index). The legal
 * representative's name and document number are sealed; the document's blind index (the same one
 * accounts carry) tells whether a signed-in person is the legal representative.
 */
export interface EnterpriseRecord {
  _id: string;
  uscc: string;
  name: string;
  legalRepName: Sealed;
  legalRepDocumentType: DocumentType;
  legalRepDocumentNumber: Sealed;
  legalRepDocumentIndex: string;
  registeredBy: string;
  registeredAt: number;
  /**
   * How the legal representative was confirmed: by the business registry, or by a staff member
   * from the business licence. Absent or null: unverified (every record stored before the check),
   * and an unverified registration manages no grants (finding 1).
   */
  verifiedBy?: 'registry' | 'staff' | null;
  verifiedAt?: number | null;
  /** Set when the registry-confirmed legal representative took a registration over from another. */
  takenOverFrom?: string | null;
}

/** The signed authorisation letter: the stored file projection (lib/files/stored-file-ref). */
export type GrantAuthorisation = StoredFileRef;

/** A person's authority to act for an enterprise (`agent_grants`): scope, period, proof, decision. */
export interface GrantRecord {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  enterpriseUscc: string;
  agentId: string;
  matterCodes: string[];
  /** YYYY-MM-DD, inclusive, Asia/Shanghai. */
  validFrom: string;
  validUntil: string;
  authorisation: GrantAuthorisation;
  status: GrantStatus;
  version: number;
  requestedAt: number;
  /** Zero-padded requestedAt + id: a total order for the reviewers' queue. */
  sortKey: string;
  decidedAt: number | null;
  decidedBy: string | null;
  decisionComment: string | null;
  revokedAt: number | null;
  revokedBy: 'legal-representative' | 'staff' | null;
  revokedById: string | null;
  revokeReason: string | null;
}
