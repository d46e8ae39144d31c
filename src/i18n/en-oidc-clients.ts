import type { OidcScopeName } from '../../cloudfunctions/lib/contract/oidc';
import type { Catalog } from './catalog';
import type { zhCNOidcClients } from './zh-CN-oidc-clients';

/** Registering services that sign people in with a Qin Yi Ban account (zh-CN-oidc-clients.ts), in English. */
export const enOidcClients: Catalog<typeof zhCNOidcClients> = {
  intro:
    'Register the third-party services that may sign people in with a Qin Yi Ban account. Each service must give its own user agreement and privacy policy, which people see before they give their consent.',
  listTitle: 'Registered services',
  empty: 'No service is registered yet.',
  clientId: 'Service ID',
  redirectUris: 'Redirect addresses',
  miniPrograms: 'Mini-program AppIDs',
  scopes: 'May ask for',
  /** Between a label and its value, and between the items of a list, as this language writes them. */
  colon: ': ',
  listSeparator: ', ',
  createdAt: 'Registered on',
  disabledAt: 'Disabled',
  active: 'In use',
  disable: 'Disable',
  confirmDisable: {
    title: 'Disable this service',
    content:
      'Once disabled, the service can no longer start a sign-in, exchange or refresh tokens, or read anyone’s information. This cannot be undone.',
    confirmText: 'Disable',
    cancelText: 'Cancel',
    done: 'Disabled',
  },
  logo: 'Logo',
  logoHint:
    'Optional: a PNG or JPEG image up to 200 KB, ideally square. The logo is kept in Qin Yi Ban’s own storage; the consent page never loads it from the service’s server.',
  chooseLogo: 'Choose image',
  logoChosen: 'Logo chosen',
  changeLogo: 'Change logo',
  logoChanged: 'Logo changed',
  noLogo: 'No logo set',
  logoUnusable: 'This image cannot be used; choose another PNG or JPEG image',
  addTitle: 'Register a service',
  name: 'Service name',
  namePlaceholder: 'e.g. “Hengqin Example Service”',
  redirectPlaceholder: 'One per line, https only, e.g. https://svc.example.com/callback',
  miniProgramsPlaceholder: 'Optional: the service’s own mini-program AppIDs, one per line',
  termsUrl: 'Address of the service’s user agreement',
  privacyUrl: 'Address of the service’s privacy policy',
  urlPlaceholder: 'A full address starting with https://',
  scopeNames: {
    openid: 'Sign-in identifier (always)',
    profile: 'Account name and masked name',
    phone: 'Masked mobile number',
    real_name: 'Real name and verification level',
    enterprise: 'Enterprises',
  } satisfies Record<OidcScopeName, string>,
  add: 'Register',
  missing:
    'Please give the service name, at least one redirect address, and the addresses of its user agreement and privacy policy',
  added: 'Registered',
  secretTitle: 'Save these credentials now',
  secretNote:
    'The service secret is shown this once; Qin Yi Ban keeps only its digest. Hand it to the service’s operator over a secure channel; if it is lost, disable the service and register it again.',
  secret: 'Service secret',
  secretDone: 'I have saved it',
};
