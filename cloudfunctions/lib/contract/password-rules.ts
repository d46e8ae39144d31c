/**
 * Password rules, checked as the person types and again in the cloud. Pure; the UI shows each
 * rule's state by its id (text in the i18n catalog).
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 32;

export type PasswordRuleId = 'length' | 'classes' | 'no-space' | 'not-account-name';

export interface PasswordRuleState {
  id: PasswordRuleId;
  passed: boolean;
}

function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/].filter((re) => re.test(password)).length;
}

export function passwordRules(password: string, accountName = ''): PasswordRuleState[] {
  const name = accountName.trim().toLowerCase();
  return [
    { id: 'length', passed: password.length >= PASSWORD_MIN && password.length <= PASSWORD_MAX },
    { id: 'classes', passed: characterClasses(password) >= 3 },
    { id: 'no-space', passed: password.length > 0 && !/\s/.test(password) },
    { id: 'not-account-name', passed: password.length > 0 && (!name || !password.toLowerCase().includes(name)) },
  ];
}

export function isStrongPassword(password: string, accountName = ''): boolean {
  return passwordRules(password, accountName).every((rule) => rule.passed);
}
