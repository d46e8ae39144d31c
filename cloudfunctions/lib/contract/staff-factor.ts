import * as v from 'valibot';

/** A six-digit code from the authenticator app. */
export const FactorCodeInputSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^\d{6}$/)),
});
export type FactorCodeInput = v.InferInput<typeof FactorCodeInputSchema>;

/** Where a staff member stands with the second factor (policy §6.3.1(3)). */
export interface FactorStatus {
  /** False for accounts with no role beyond `user`: nothing to do. */
  staff: boolean;
  enrolled: boolean;
  /** The factor was given in this session (at sign-in or after). */
  verified: boolean;
  /** Until when full sensitive data may be shown (ISO), or null. */
  stepUpUntil: string | null;
}

/** Shown once, at enrolment: the key to type or import into the authenticator app. */
export interface FactorEnrolment {
  secret: string;
  uri: string;
}
