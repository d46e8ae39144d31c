import type { Catalog } from './catalog';
import type { zhCNStaffFactor } from './zh-CN-staff-factor';

/** Two-step verification of zh-CN-staff-factor.ts, in English. */
export const enStaffFactor: Catalog<typeof zhCNStaffFactor> = {
  title: 'Two-step verification',
  loading: 'Loading…',
  notStaff: 'Two-step verification is for staff only; your account does not need it.',
  enrolled:
    'Two-step verification is set up. When signing in and before seeing full personal data, enter the 6-digit code from your authenticator app.',
  notEnrolled: 'Two-step verification is not set up yet. Staff must set it up before any staff work.',
  start: 'Set up',
  steps:
    '1. Open an authenticator app on your phone (e.g. Tencent Authenticator, Google Authenticator); 2. add an account with the key below or open the link; 3. enter the 6-digit code the app shows.',
  secretLabel: 'Key (shown this once only)',
  copySecret: 'Copy key',
  copyLink: 'Copy link',
  copied: 'Copied',
  code: 'Verification code',
  codePlaceholder: '6 digits from the authenticator app',
  codeNeeded: 'Enter the 6-digit code first',
  confirm: 'Confirm',
  done: 'Set up',
  busy: 'Checking…',
  promptTitle: 'Two-step verification',
  promptIntro: 'Enter the current 6-digit code from your authenticator app; what you were doing then continues.',
  verify: 'Verify and continue',
  cancel: 'Cancel',
  toEnrol: 'Set up two-step verification',
  deskEnrol: 'Two-step verification: not set up, tap to set it up',
  deskEnrolled: 'Two-step verification: set up',
  signInCodeIntro: 'You are staff: also enter the 6-digit code from your authenticator app.',
};
