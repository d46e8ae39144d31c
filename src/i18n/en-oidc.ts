import type { OidcScopeName } from '../../cloudfunctions/lib/contract/oidc';
import type { Catalog } from './catalog';
import type { zhCNOidc } from './zh-CN-oidc';

/** Signing in to other services with a 琴易办 account (zh-CN-oidc.ts), in English. */
export const enOidc: Catalog<typeof zhCNOidc> = {
  entry: 'Authorized third-party services',
  consentTitle: 'Sign in with your Qin Yi Ban account',
  asks: (service: string) => `"${service}" asks to sign you in with your Qin Yi Ban account and to receive:`,
  scopes: {
    openid: 'Confirmation that you are the same Qin Yi Ban user (no name; each service sees a different identifier)',
    profile: 'Your account name and your name, partly masked',
    phone: 'Your mobile number, partly masked',
    real_name: 'Your verified real name and identity verification level',
    enterprise:
      'The names and unified social credit codes of the enterprises you represent legally or are authorized to act for',
  } satisfies Record<OidcScopeName, string>,
  theirTerms: 'This service is run by its own operator, not by Qin Yi Ban. Please read its own terms:',
  terms: 'User agreement',
  privacy: 'Privacy policy',
  accept: (service: string) => `I have read and agree to the user agreement and privacy policy of "${service}"`,
  approve: 'Authorize',
  refuse: 'Refuse',
  mustAccept: "Please first tick that you agree to the service's user agreement and privacy policy",
  approved: 'Authorized. Please return to the service to continue.',
  refused: 'Refused. The service receives none of your information.',
  loading: 'Reading the authorization request…',
  noRequest: 'There is no pending authorization request. Please start again from the service you want to sign in to.',
  revokeAnytime: 'You can withdraw the authorization at any time in Privacy center → Authorized third-party services.',
  listTitle: 'Authorized third-party services',
  listEmpty: 'You have not authorized any service to sign you in with your Qin Yi Ban account.',
  received: 'May receive:',
  grantedAt: 'Authorized on',
  lastIssuedAt: 'Last received',
  revokedAt: 'Withdrawn on',
  revoke: 'Withdraw authorization',
  revokeConfirm: {
    title: 'Withdraw authorization',
    content:
      'The sign-in credentials the service holds stop working at once and it can no longer receive your information. Ask the service to delete what it already received.',
    confirm: 'Withdraw',
    cancel: 'Cancel',
  },
  linkCopied: 'Link copied. Please open it in a browser to read it.',
  revokedToast: 'Withdrawn',
  signedOut: 'Please sign in to your Qin Yi Ban account first.',
  scan: {
    button: 'Scan to sign in to a web service',
    hint: 'When a web service shows a “sign in with Qin Yi Ban” QR code, tap here to scan it, then check the service and what it asks for before approving.',
    notOurs: 'This is not a Qin Yi Ban sign-in QR code; scan the sign-in code the web service shows',
    failed: 'Could not scan; please try again',
  },
};
