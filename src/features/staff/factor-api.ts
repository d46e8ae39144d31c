import type { FactorEnrolment, FactorStatus } from '../../../cloudfunctions/lib/contract/staff-factor';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { cloudClient } from '../../services/cloud';

const fn = 'account' as const;
const a = FUNCTIONS.account;

/** The staff second factor, in the `account` function (policy §6.3.1(3)). */
export const factorApi = {
  status: () => cloudClient.call<FactorStatus, typeof fn>(fn, a.factorStatus),
  enrolStart: () => cloudClient.call<FactorEnrolment, typeof fn>(fn, a.factorEnrolStart),
  enrolConfirm: (code: string) => cloudClient.call<FactorStatus, typeof fn>(fn, a.factorEnrolConfirm, { code }),
  /** The code for this session and the step-up before full sensitive data (5 minutes). */
  verify: (code: string) => cloudClient.call<FactorStatus, typeof fn>(fn, a.factorVerify, { code }),
};

/** What the code field keeps: digits only, at most six (authenticator apps show `123 456`). */
export function codeDigits(value: string): string {
  return value.replace(/\D/g, '').slice(0, 6);
}

/** The base32 key in groups of four, as authenticator apps print it: easier to read and type. */
export function groupedSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}
