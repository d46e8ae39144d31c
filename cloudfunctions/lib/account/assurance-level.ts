import { meetsLevel, type AssuranceLevel } from '../contract/assurance-levels';
import { AppError } from '../errors/app-error';
import type { AccountRecord } from './account.record';

/**
 * Refuses a use case to an account below the level it needs. The code leads the mini-program to
 * the verification page (face for mainland ID cards, a document photo for staff otherwise).
 */
export function requireLevel(account: Pick<AccountRecord, 'verificationLevel'>, needed: AssuranceLevel): void {
  if (!meetsLevel(account.verificationLevel, needed)) throw new AppError('IDENTITY.LEVEL_REQUIRED');
}
