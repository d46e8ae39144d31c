/** What a service may ask for, and how the consent screen says it (plain Chinese). */
export const OIDC_SCOPES = {
  openid: '确认您是琴易办的同一位用户（不含姓名等信息）',
  profile: '您的账号名与打码后的姓名',
  phone: '打码后的手机号码',
  real_name: '您经核验的真实姓名及实名认证等级',
  enterprise: '您担任法定代表人或获授权代办的企业名称与统一社会信用代码',
} as const;

export type OidcScope = keyof typeof OIDC_SCOPES;

export const SCOPE_NAMES = Object.keys(OIDC_SCOPES) as OidcScope[];

export function isScope(value: string): value is OidcScope {
  return Object.prototype.hasOwnProperty.call(OIDC_SCOPES, value);
}

/** A space-separated scope parameter (RFC 6749 §3.3), deduplicated; unknown names are returned apart. */
export function parseScope(raw: string): { scopes: OidcScope[]; unknown: string[] } {
  const names = [...new Set(raw.split(' ').filter((s) => s.length > 0))];
  return { scopes: names.filter(isScope), unknown: names.filter((s) => !isScope(s)) };
}
