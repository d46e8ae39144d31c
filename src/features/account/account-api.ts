import type { FaceProof, ProfileView, SessionView, SignInOutput } from '../../../cloudfunctions/lib/contract/account';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type { DocumentType } from '../../../cloudfunctions/lib/contract/identity-document';
import type { MobileCountryCode } from '../../../cloudfunctions/lib/contract/mobile-number';
import type { MySessionView } from '../../../cloudfunctions/lib/contract/sessions';
import { sessionDevice } from '../../platform/device';
import { cloudClient } from '../../services/cloud';
import { documentInEffect } from '../consent/in-effect';

const fn = 'account' as const;
const a = FUNCTIONS.account;

export interface RegisterForm {
  accountName: string;
  password: string;
  mobile: { countryCode: MobileCountryCode; number: string };
  realName: string;
  document: { type: DocumentType; number: string };
}

/** The exact agreement and policy in force, as shown: what the person ticks when registering. */
export function registrationConsent() {
  return (['user-agreement', 'privacy-policy'] as const).map((id) => {
    const { version, sha256 } = documentInEffect(id);
    return { id, version, sha256 };
  });
}

/** The `account` function. Identity comes from WeChat (OPENID); nothing here names an account id. */
export const accountApi = {
  /** `claimDocument`: the document is registered by another account and the person says it is theirs. */
  register: (form: RegisterForm, claimDocument = false) =>
    cloudClient.call<SignInOutput, typeof fn>(fn, a.register, {
      ...form,
      device: sessionDevice(),
      consent: registrationConsent(),
      documentConsent: true,
      ...(claimDocument ? { claimDocument: true as const } : {}),
    }),
  /** `totpCode`: the staff second factor, once the server answered STAFF.FACTOR_REQUIRED. */
  signIn: (accountName: string, password: string, totpCode?: string) =>
    cloudClient.call<SignInOutput, typeof fn>(fn, a.signIn, {
      accountName,
      password,
      device: sessionDevice(),
      ...(totpCode ? { totpCode } : {}),
    }),
  signOut: () => cloudClient.call<{ signedOut: true }, typeof fn>(fn, a.signOut),
  session: () => cloudClient.call<SessionView, typeof fn>(fn, a.session),
  profile: () => cloudClient.call<ProfileView, typeof fn>(fn, a.profile),
  updateProfile: (input: { address?: string | null; contact?: string | null }) =>
    cloudClient.call<ProfileView, typeof fn>(fn, a.updateProfile, input),
  changePassword: (currentPassword: string, newPassword: string) =>
    cloudClient.call<{ signedOut: true }, typeof fn>(fn, a.changePassword, { currentPassword, newPassword }),
  /** A face-verified account proves it again with a verify id started for `cancel`. */
  mySessions: () => cloudClient.call<MySessionView[], typeof fn>(fn, a.mySessions),
  endSession: (id: string) => cloudClient.call<{ ended: number }, typeof fn>(fn, a.endSession, { id }),
  endOtherSessions: () => cloudClient.call<{ ended: number }, typeof fn>(fn, a.endOtherSessions),
  /** "My account was stolen": from the bound WeChat, freezes it at once. */
  freezeStolen: () => cloudClient.call<{ frozen: true }, typeof fn>(fn, a.freezeStolen),
  requestCancellation: (password: string, face?: FaceProof) =>
    cloudClient.call<{ requestedAt: string; effectiveAt: string }, typeof fn>(
      fn,
      a.requestCancellation,
      face ? { password, face } : { password },
    ),
};
