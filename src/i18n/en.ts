import type { Catalog } from './catalog';
import type { zhCN } from './zh-CN';
import type { PolicyId } from '../../policies/generated';

/** Every string the UI shows, in English (for the zone's foreign investors). Same shape as zh-CN.ts. */
export const en: Catalog<typeof zhCN> = {
  app: {
    name: 'Qin Yi Ban',
    owner: 'Commercial Services Bureau, Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
    serviceLine: '0756-8841889',
  },
  home: {
    welcome: 'Welcome to Qin Yi Ban',
    subtitle: 'Company administration, business support and services, all in one place',
    guestNotice:
      'You have not accepted the User Agreement and the Personal Information Protection Policy, so you can only browse public information.',
    reviewAgreement: 'Read and accept the agreement',
    documents: 'Agreements and policies',
    contact: 'Service hotline',
    region: 'Change city / region',
    regionLocate: 'Use my current location',
    regions: {
      hengqin: 'Hengqin Cooperation Zone',
      'zhuhai-xiangzhou': 'Xiangzhou District, Zhuhai',
      'zhuhai-jinwan': 'Jinwan District, Zhuhai',
      'zhuhai-doumen': 'Doumen District, Zhuhai',
      macao: 'Macao SAR',
      zhongshan: 'Zhongshan',
      jiangmen: 'Jiangmen',
      guangzhou: 'Guangzhou',
      shenzhen: 'Shenzhen',
      hongkong: 'Hong Kong SAR',
    },
    services: 'Services',
    myRequests: 'My applications',
    staff: 'Staff desk',
    inbox: 'My messages',
    language: 'Language',
    categories: {
      registration: 'Business registration',
      filing: 'Filing',
      certificate: 'Certificates and licences',
      subsidy: 'Support and subsidies',
    },
    allMatters: 'All services',
    search: 'Search services',
    searchAction: 'Search',
    glance: { inProgress: 'In progress', needsSupplement: 'Awaiting documents' },
  },
  agreement: {
    title: 'User Agreement and Personal Information Protection Policy',
    intro:
      'Please read every clause carefully, especially those in bold that exclude or limit liability or limit your rights. If you do not have full civil capacity, please read them with your guardian.',
    version: 'Version',
    effective: 'Effective',
    contents: 'Contents',
    tick: 'I have read and accept the User Agreement and the Personal Information Protection Policy',
    agree: 'Accept and continue',
    disagree: 'Decline',
    tickFirst: 'Please tick the box first',
    declined:
      'You declined. You can still browse public information, and read and accept at any time to use the services.',
  },
  /** Page titles, set at runtime (src/platform/page-title.ts); index.config.ts keeps the Simplified one. */
  titles: {
    home: 'Qin Yi Ban',
    agreement: 'Agreement and privacy policy',
  },
  policy: {
    names: {
      'user-agreement': 'User agreement',
      'privacy-policy': 'Personal information protection policy',
      'sdk-list': 'Third-party SDKs',
    } satisfies Record<PolicyId, string>,
    versionOf: (name: string, day: string) => `${name} (version of ${day})`,
    notFound: 'Document not found',
    backToTop: 'Back to top',
    readingCopyLink: 'Read the Traditional Chinese reference copy',
    readingCopyLabel:
      'Traditional Chinese reference copy, converted by machine from the Simplified Chinese text as a reading aid only. The Simplified Chinese text prevails and is what you agree to.',
    readingCopyMissing: 'No Traditional Chinese reference copy for this version; the Simplified Chinese text follows.',
    authoritativeLink: 'View the authoritative Simplified Chinese text',
    authoritativeNote:
      'This document is authoritative in Simplified Chinese only, the text shown below; no translation is provided.',
  },
  permissions: {
    systemDenied: (name: string) =>
      `WeChat does not have the phone's ${name} permission. Please allow WeChat to use ${name} in the phone's settings.`,
    privacyNotAuthorized:
      'You have not given the authorization in the privacy guidelines, so this feature is unavailable. Please read and accept again on the home page and retry.',
    privacyNotDeclared:
      'The mini program has not declared this use of personal information, so this feature is unavailable. Please call the service hotline.',
    unavailable: 'This feature is not supported here',
    failed: 'Not completed. Please try again later',
    phoneCall: {
      name: 'Phone calls',
      purpose: 'Tap the number to call the service hotline',
      refusal:
        'Without it the dialler does not open; you can dial the hotline yourself, and all other services still work.',
    },
    network: {
      offline: 'You are offline. Retry once the connection is back',
      retry: 'Retry',
      loading: 'Loading',
    },
  },
  consent: {
    reconsentIntro:
      'The User Agreement or the Personal Information Protection Policy has been updated. Please read the changes and accept to continue; if you do not accept, you can keep browsing public information or close your account.',
    cancelAccount: 'Decline the new version and close my account',
    saving: 'Submitting…',
    changes: {
      title: 'What has changed',
      from: 'From version',
      to: 'to version',
      added: 'Added',
      removed: 'Removed',
      changed: 'Changed',
      none: 'No change to the wording',
    },
  },
  privacyCenter: {
    entry: 'Privacy centre',
  },
  account: {
    profileTitle: 'My account',
  },
  punctuation: { colon: ': ', list: ', ', open: ' (', close: ')', clauses: '; ' },
  errors: {
    network: 'Network problem; please try again later',
    internal: 'The system is busy; please try again later',
  },
  publication: {
    upcoming: (title: string, date: string) => `“${title}” will be updated on ${date}: `,
    refuseTitle: 'Decline the new version',
    refuseContent:
      'You can request to close your account (User Agreement 10.2) or keep browsing public information as a guest.',
    refuseCancel: 'Close account',
    refuseStay: 'Keep browsing',
  },
};
