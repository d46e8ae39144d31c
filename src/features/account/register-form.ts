import * as v from 'valibot';
import { AccountNameSchema } from '../../../cloudfunctions/lib/contract/account';
import {
  IdentityDocumentSchema,
  checkDocument,
  normalizeDocumentNumber,
} from '../../../cloudfunctions/lib/contract/identity-document';
import { MobileSchema } from '../../../cloudfunctions/lib/contract/mobile-number';
import { isStrongPassword, passwordRules } from '../../../cloudfunctions/lib/contract/password-rules';
import type { RegisterForm } from './account-api';

export type RegisterField = 'accountName' | 'password' | 'confirm' | 'realName' | 'mobile' | 'document' | 'consent';

export interface RegisterDraft extends RegisterForm {
  confirm: string;
  agreed: boolean;
  documentAgreed: boolean;
}

export const EMPTY_DRAFT: RegisterDraft = {
  accountName: '',
  password: '',
  confirm: '',
  realName: '',
  mobile: { countryCode: '+853', number: '' },
  document: { type: 'residence-permit', number: '' },
  agreed: false,
  documentAgreed: false,
};

/**
 * The same checks the cloud runs (shared schemas), field by field so the page can say which one is
 * wrong before anything is sent.
 */
export function registerProblems(draft: RegisterDraft): RegisterField[] {
  const problems: RegisterField[] = [];
  if (!v.is(AccountNameSchema, draft.accountName)) problems.push('accountName');
  if (!isStrongPassword(draft.password, draft.accountName)) problems.push('password');
  if (draft.confirm !== draft.password) problems.push('confirm');
  if (draft.realName.trim().length < 2) problems.push('realName');
  if (!v.is(MobileSchema, draft.mobile)) problems.push('mobile');
  if (!v.is(IdentityDocumentSchema, draft.document)) problems.push('document');
  if (!draft.agreed || !draft.documentAgreed) problems.push('consent');
  return problems;
}

export { passwordRules };

/** Why a document number is not accepted yet, for the hint under the field. */
export function documentIssue(draft: RegisterDraft) {
  const number = normalizeDocumentNumber(draft.document.number);
  return number ? checkDocument(draft.document.type, number).issue : undefined;
}
