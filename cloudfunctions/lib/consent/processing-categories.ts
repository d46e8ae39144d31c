import type { SensitivePurpose } from '../contract/consent';

/**
 * The kinds of personal information an action reads or writes (privacy policy §2). The sensitive
 * ones (PIPL art. 28) each need the person's separate consent for their purpose (art. 29).
 */
export const PERSONAL_CATEGORIES = [
  /** The WeChat identity (OPENID) and the sessions bound to it. */
  'wechat-identity',
  /** Account name, password digest, roles, status, sign-in attempts. */
  'account',
  /** Real name and identity document type. */
  'identity',
  /** The identity document's number (sensitive). */
  'id-number',
  /** Face images and the verification outcome (sensitive, biometric). */
  'face',
  /** Precise location (sensitive). Only a region name is ever stored; see the catalog. */
  'location',
  /** Personal information of a child under 14 (sensitive). */
  'minor',
  /** Bank account (sensitive). */
  'bank-account',
  /** Mobile number, postal address, contact name. */
  'contact',
  /** Enterprises a person registered or acts for, and their agent grants. */
  'enterprise',
  /** Service requests: forms, timeline, decisions. */
  'request',
  /** Uploaded files: photos, scanned documents, voice notes. */
  'material',
  /** Feedback and complaints. */
  'feedback',
  /** Inbox messages, notice preferences, subscription-message grants. */
  'message',
  /** The consent ledger: decisions with the IP and device they came from. */
  'consent-record',
  /** Requests to see, correct or delete one's information. */
  'privacy-request',
] as const;
export type PersonalCategory = (typeof PERSONAL_CATEGORIES)[number];

/** Sensitive categories and the separate-consent purpose each needs (contract/consent.ts). */
export const SENSITIVE_CATEGORY_PURPOSE = {
  face: 'face-verification',
  'id-number': 'id-number',
  location: 'location',
  minor: 'minor-data',
  'bank-account': 'bank-account',
} as const satisfies Partial<Record<PersonalCategory, SensitivePurpose>>;
export type SensitiveCategory = keyof typeof SENSITIVE_CATEGORY_PURPOSE;

/** How each purpose is named to the person (the same words the consent dialog uses). */
export const SENSITIVE_PURPOSE_NAMES: Record<SensitivePurpose, string> = {
  'face-verification': '人脸信息',
  'id-number': '身份证件号码',
  'bank-account': '银行账户信息',
  location: '位置信息',
  'minor-data': '未成年人个人信息',
};

function isSensitive(category: PersonalCategory): category is SensitiveCategory {
  return Object.prototype.hasOwnProperty.call(SENSITIVE_CATEGORY_PURPOSE, category);
}

/** The separate consents an action's categories call for, in the order the categories are listed. */
export function sensitivePurposesOf(categories: readonly PersonalCategory[]): SensitivePurpose[] {
  return categories.filter(isSensitive).map((category) => SENSITIVE_CATEGORY_PURPOSE[category]);
}
