import type { Catalog } from './catalog';
import type { zhCN } from './zh-CN';

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
    regionDefault: 'Hengqin Cooperation Zone',
    regionLocate: 'Use my current location',
    services: 'Services',
    myRequests: 'My applications',
    staff: 'Staff desk',
    inbox: 'My messages',
    language: 'Language',
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
  policy: {
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
    title: 'Permissions',
    intro:
      'Qin Yi Ban asks for these permissions only when you use the feature that needs them. Refusing one only turns off that feature; all other services still work.',
    usedBy: 'Used for',
    manage: 'Settings',
    refresh: 'Refresh',
    states: {
      granted: 'Allowed',
      denied: 'Refused',
      'not-asked': 'Not asked yet; asked when used',
      'ask-on-use': 'You choose each time',
      always: 'No permission needed',
      'app-only': 'Not requested by the mini program',
      unknown: 'Cannot be read here',
    },
    askTitle: (name: string) => `Allow access: ${name}`,
    askConfirm: 'Allow',
    askCancel: 'Not now',
    deniedTitle: (name: string) => `${name}: access is off`,
    deniedContent: (refusal: string) => `${refusal} To use it, turn it on in Settings.`,
    openSettings: 'Settings',
    later: 'Later',
    systemDenied: (name: string) =>
      `WeChat does not have the phone's ${name} permission. Please allow WeChat to use ${name} in the phone's settings.`,
    privacyNotAuthorized:
      'You have not given the authorization in the privacy guidelines, so this feature is unavailable. Please read and accept again on the home page and retry.',
    privacyNotDeclared:
      'The mini program has not declared this use of personal information, so this feature is unavailable. Please call the service hotline.',
    unavailable: 'This feature is not supported here',
    failed: 'Not completed. Please try again later',
    items: {
      location: {
        name: 'Location',
        purpose: 'To change city and fill in your region, so you see the services for your area',
        refusal: 'Without it we cannot offer services specific to your city; everything else still works.',
        scopeDesc: 'To change city and fill in your region',
      },
      album: {
        name: 'Photos',
        purpose: 'To upload pictures or videos from your device',
        refusal: 'Without it you cannot upload pictures or videos; all other services still work.',
      },
      camera: {
        name: 'Camera',
        purpose: 'Identity verification, face verification, taking photos to upload',
        refusal: 'Without it you cannot take pictures or videos; all other services still work.',
      },
      microphone: {
        name: 'Microphone',
        purpose: 'To record voice notes in feedback; your voice is recorded and processed as needed',
        refusal: 'Without it you cannot use voice input; all other services still work.',
      },
      phoneState: {
        name: 'Phone state',
        purpose:
          'Reads a device identifier for security, statistics and notifications (only the Qin Yi Ban Android app asks; the mini program neither asks nor reads it)',
        refusal: 'Does not affect any feature of the mini program.',
      },
      network: {
        name: 'Network status',
        purpose: 'To know whether you are online, tell you when the connection drops and let you retry',
        refusal: 'The mini program reads the network type without any permission.',
      },
      phoneCall: {
        name: 'Phone calls',
        purpose: 'Tap the number to call the service hotline',
        refusal:
          'Without it the dialler does not open; you can dial the hotline yourself, and all other services still work.',
      },
      push: {
        name: 'Notifications',
        purpose: 'Qin Yi Ban messages such as application progress; each kind is sent only after you tap to accept it',
        refusal: 'Without it you will not receive Qin Yi Ban notifications in time; all other services still work.',
      },
      files: {
        name: 'Files',
        purpose: 'To pick files from chats (PDF, pictures) when uploading materials',
        refusal: 'Without it you cannot pick files; all other services still work.',
      },
    },
    location: {
      pickFromList: 'Please choose a region from the list',
      outOfArea: 'We could not tell your region; please choose one from the list',
    },
    media: {
      gpsNotice: 'Location data such as where a picture was taken is removed before upload.',
      gpsUnreadable: 'A picture’s location data could not be removed, so it was skipped; please choose another',
    },
    files: {
      tooLarge: (maxMb: number) => `Files must not exceed ${maxMb} MB`,
      wrongType: 'Only PDF and pictures (JPG, PNG)',
    },
    network: {
      offline: 'You are offline. Retry once the connection is back',
      retry: 'Retry',
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
    permissions: 'Permissions',
    documents: 'Agreements and policies',
    myConsent: 'My consent',
    state: { granted: 'Accepted', outdated: 'Accepted an older version', withdrawn: 'Withdrawn', none: 'Not accepted' },
    version: 'Version',
    agreedAt: 'Accepted on',
    withdraw: 'Withdraw consent',
    withdrawTitle: 'Withdraw consent',
    withdrawContent:
      'After withdrawal Qin Yi Ban stops processing your personal information and you can only browse public information; processing already done on your consent is not affected. Your separate consents for sensitive personal information are withdrawn too.',
    withdrawConfirm: 'Withdraw',
    withdrawCancel: 'Keep',
    withdrawn: 'Consent withdrawn',
    agreeAgain: 'Read and accept',
    guest: 'You have not accepted the User Agreement and the Personal Information Protection Policy.',
    sensitive: 'Separate consent for sensitive personal information',
    sensitiveGranted: 'Accepted',
    sensitiveNone: 'Not accepted; asked when used',
    sensitiveWithdraw: 'Withdraw',
    history: 'Consent history',
    noHistory: 'No records yet',
    actions: { grant: 'Accepted', withdraw: 'Withdrawn' },
    receipt: 'Record receipt',
    textHash: 'Text fingerprint',
    verify: 'Check the records are intact',
    verifyOk: (n: number) => `${n} records, all intact`,
    verifyBroken: (n: number) => `${n} problems found; please report them to the service hotline`,
    more: 'Load more',
    loadFailed: 'Could not load; please try again later',
  },
  sensitiveConsent: {
    title: (name: string) => `Separate consent: ${name}`,
    content: (name: string, use: string) =>
      `${name} is sensitive personal information. ${use} You may refuse; refusing only affects this feature. You can withdraw at any time in the privacy centre.`,
    guardianContent:
      'Personal information of a minor under 14 may only be processed with the consent of a parent or other guardian. The guardian should read this and confirm.',
    agree: 'Accept',
    refuse: 'Decline',
    refused: (name: string) =>
      `You did not consent to processing your ${name}, so this feature is unavailable. You can consent at any time in the privacy centre.`,
    grant: 'Accept',
    purposes: {
      'face-verification': {
        name: 'Face data',
        use: 'Used to verify your identity by face recognition, checked by bodies such as the Ministry of Public Security’s “Internet+” identity platform.',
      },
      'id-number': {
        name: 'Identity document number',
        use: 'Used for identity verification and for matters that require it.',
      },
      'bank-account': { name: 'Bank account details', use: 'Used for matters involving payments.' },
      location: { name: 'Location', use: 'Used to change city and fill in your region.' },
      'minor-data': { name: 'Personal information of a minor', use: 'Used to handle matters for a minor.' },
    },
  },
  account: {
    signInTitle: 'Sign in to Qin Yi Ban',
    registerTitle: 'Create a Qin Yi Ban account',
    accountName: 'Account name',
    accountNamePlaceholder: '4–20 characters, starting with a letter; letters, digits and underscores',
    password: 'Password',
    passwordPlaceholder: 'Enter your password',
    confirmPassword: 'Confirm password',
    realName: 'Full name',
    realNamePlaceholder: 'As on your document',
    mobile: 'Mobile number',
    countryCodes: { '+86': 'Mainland +86', '+853': 'Macao +853', '+852': 'Hong Kong +852' },
    documentType: 'Document type',
    documentNumber: 'Document number',
    documentTypes: {
      'resident-id': 'Resident Identity Card',
      'residence-permit': 'Residence Permit for Hong Kong, Macao and Taiwan Residents',
      'travel-permit': 'Mainland Travel Permit for Hong Kong and Macao Residents',
      passport: 'Passport (foreign nationals)',
    },
    documentIssues: {
      empty: 'Enter the document number',
      format: 'The document number is not in the right format',
      region: 'The document number does not match the document type',
      'birth-date': 'The date of birth in the document number is not valid',
      'check-digit': 'The document number’s check digit is wrong; please check it',
    },
    passwordRules: {
      length: '8–32 characters',
      classes: 'At least three of: capital letters, small letters, digits, symbols',
      'no-space': 'No spaces',
      'not-account-name': 'Does not contain the account name',
    },
    fieldProblems: {
      accountName:
        'The account name must be 4–20 characters, start with a letter and use only letters, digits and underscores',
      password: 'The password does not meet the rules above',
      confirm: 'The two passwords do not match',
      realName: 'Enter your full name as on your document',
      mobile: 'The mobile number is not valid',
      document: 'Please check the document number',
      consent: 'Please tick to accept the agreement and separately consent to processing your document number',
    },
    agree: 'I have read and accept the User Agreement and the Personal Information Protection Policy',
    documentConsent:
      'I separately consent to Qin Yi Ban processing my document number (sensitive personal information) for identity verification',
    readAgreement: 'User Agreement',
    readPolicy: 'Personal Information Protection Policy',
    register: 'Register and sign in',
    signIn: 'Sign in',
    toRegister: 'No account? Register now',
    toSignIn: 'Have an account? Sign in',
    bindingNotice: 'The account will be linked to this WeChat and is for your use only.',
    busy: 'Please wait…',
    withdrawn:
      'You signed in during the cooling-off period: your closure request is withdrawn and the account stays open.',
    continue: 'Continue',
    profileTitle: 'My account',
    maskedNotice: 'To protect your information, sensitive details are partly hidden.',
    verification: 'Identity verification',
    levels: { unverified: 'Not verified', 'document-checked': 'Document checked', 'face-verified': 'Face verified' },
    states: {
      active: 'Active',
      restricted: 'Restricted (view only)',
      suspended: 'Suspended',
      banned: 'Banned',
      cancelled: 'Closed',
    },
    status: 'Account status',
    statusReason: 'Reason',
    statusUntil: 'Until',
    roles: { user: 'User', staff: 'Staff', admin: 'Administrator' },
    address: 'Postal address',
    contact: 'Contact',
    notSet: 'Not given',
    correctionNotice:
      'Your name and document details are those given at registration and cannot be edited here; to correct them, call the service hotline.',
    changePassword: 'Change password',
    /** Why 保存 is not available yet: shown next to it, first unmet condition only. */
    changePasswordBlocked: {
      current: 'Enter your current password',
      weak: 'The new password does not meet the rules above yet',
      mismatch: 'The two new passwords do not match',
    },
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    cancelTitle: 'Close account',
    cancelIntro: (days: number) =>
      `After you submit, you are signed out and a ${days}-day cooling-off period starts; signing in during it withdraws the request. Then the account is closed and your personal information deleted or anonymised (except logs and consent records the law requires us to keep).`,
    cancelPassword: 'Enter your password to confirm',
    cancelSubmit: 'Request closure',
    cancelRequested: (date: string) =>
      `Closure requested: the account will be closed on ${date}. Sign in before then to withdraw.`,
    currentPassword: 'Current password',
    newPassword: 'New password',
    passwordChanged: 'Password changed. All devices have been signed out; please sign in with the new password.',
    save: 'Save',
    face: {
      titles: {
        rebind: 'Face verification to move to this WeChat',
        verify: 'Face verification',
        reset: 'Reset password after face verification',
        cancel: 'Request closure after face verification',
      },
      intros: {
        rebind:
          'An account is for its original registrant only. If you own the account and changed WeChat, enter the account’s password and complete face verification: the account moves to this WeChat and the old one can no longer sign in.',
        verify: 'After face verification, your account’s verification level becomes “Face verified”.',
        reset:
          'If you forgot your password, complete face verification in the WeChat you registered with to set a new one. All devices are then signed out.',
        cancel:
          'Your account is face verified, so closing it needs you to confirm again: enter the password and complete face verification. You are then signed out and the cooling-off period starts; signing in during it withdraws the request.',
      },
      privacy:
        'Face verification is provided by WeChat using the name and Resident Identity Card number you registered, and needs the camera. Qin Yi Ban keeps only the result and time, never your face image.',
      start: 'Start face verification',
      cancelled: 'You cancelled face verification',
      unavailable: 'Face verification is not available now; please try again later',
      standIn: [
        'Local stand-in: verified',
        'Local stand-in: does not match the document',
        'Local stand-in: cancelled',
        'Local stand-in: not completed (e.g. no camera permission)',
      ],
      otherRoute:
        'WeChat face verification only supports Mainland Resident Identity Cards. You registered a residence permit, a Mainland travel permit or a passport: to complete verification, bring the original document to a service window of the Commercial Services Bureau of the Hengqin Cooperation Zone, where staff will check it. Call 0756-8841889 for details.',
      toRebind: 'I own this account: move it here after face verification',
      toVerify: 'Verify by face',
      toReset: 'Forgot your password? Reset it after face verification',
      toCancel: 'Request closure with password and face verification',
    },
  },
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
