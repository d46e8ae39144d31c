import * as v from 'valibot';
import { SetStatusInputSchema } from './account';

/**
 * Staff close an account registered with someone else's document (issue 15, finding 7): by its
 * account name, with the reason kept in the audit trail. Strict, as every input.
 */
export const CloseImpersonatorInputSchema = v.strictObject({
  accountName: SetStatusInputSchema.entries.accountName,
  reason: SetStatusInputSchema.entries.reason,
});
