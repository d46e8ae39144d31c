import type { AccountRecord } from '../account/account.record';
import { ageOn, checkDocument } from '../contract/identity-document';
import type { ProposedCorrection } from '../contract/privacy';
import { AppError } from '../errors/app-error';
import type { PrivacyDeps } from './privacy.deps';

/**
 * The account patch an approved correction makes: new values sealed to the account, the document's
 * blind index recomputed (the old number no longer finds the account), and the verification level
 * back to `document-checked` — a face check was made against the old name and number.
 */
export async function correctionPatch(
  account: AccountRecord,
  proposed: ProposedCorrection,
  deps: PrivacyDeps,
  now: Date,
): Promise<Partial<AccountRecord>> {
  const at = now.getTime();
  const patch: Partial<AccountRecord> = { updatedAt: at };
  if (proposed.realName !== undefined) patch.realName = deps.fields.seal('realName', account._id, proposed.realName);
  if (proposed.document) {
    const facts = checkDocument(proposed.document.type, proposed.document.number, now).facts;
    if (!facts) throw new AppError('PRIVACY.DOCUMENT_INVALID');
    if (facts.birthDate && ageOn(facts.birthDate, now) < 14) throw new AppError('ACCOUNT.GUARDIAN_REQUIRED');
    const documentIndex = deps.fields.documentIndex(facts.type, facts.number);
    const holder = await deps.accounts.findByDocumentIndex(documentIndex);
    if (holder && holder._id !== account._id) throw new AppError('PRIVACY.DOCUMENT_REGISTERED');
    patch.documentType = facts.type;
    patch.documentRegion = facts.region;
    patch.documentNumber = deps.fields.seal('documentNumber', account._id, facts.number);
    patch.documentIndex = documentIndex;
    patch.birthDate = facts.birthDate ? deps.fields.seal('birthDate', account._id, facts.birthDate) : null;
    patch.documentCheckedAt = at;
  }
  if (account.verificationLevel === 'face-verified') {
    patch.verificationLevel = 'document-checked';
    patch.faceVerifiedAt = null;
  }
  return patch;
}
