import { t } from '../../i18n';

/** Why a WeChat capability call did not give us what we asked for. */
export type FailureKind =
  | 'cancelled'
  | 'refused'
  | 'system-denied'
  | 'privacy-not-authorized'
  | 'privacy-not-declared'
  | 'unsupported'
  | 'failed';

export const PRIVACY_NOT_AUTHORIZED = 104;
export const PRIVACY_NOT_DECLARED = 112;
/** requestSubscribeMessage: the person turned off subscription messages for this mini-program. */
export const SUBSCRIPTIONS_SWITCHED_OFF = 20004;

interface WxFailure {
  errMsg?: unknown;
  errno?: unknown;
  errCode?: unknown;
}

function fields(error: unknown): { message: string; errno: number | undefined; errCode: number | undefined } {
  const value: WxFailure = typeof error === 'object' && error !== null ? (error as WxFailure) : {};
  const message = typeof value.errMsg === 'string' ? value.errMsg : error instanceof Error ? error.message : '';
  return {
    message: message.toLowerCase(),
    errno: typeof value.errno === 'number' ? value.errno : undefined,
    errCode: typeof value.errCode === 'number' ? value.errCode : undefined,
  };
}

/** Reads a wx `fail` result (or a rejected promise) into one of a few kinds. Never throws. */
export function classifyFailure(error: unknown): FailureKind {
  const { message, errno, errCode } = fields(error);
  if (errno === PRIVACY_NOT_AUTHORIZED || message.includes('privacy permission is not authorized'))
    return 'privacy-not-authorized';
  if (errno === PRIVACY_NOT_DECLARED || message.includes('not declared in the privacy agreement'))
    return 'privacy-not-declared';
  if (errCode === SUBSCRIPTIONS_SWITCHED_OFF) return 'refused';
  if (message.includes('system permission denied')) return 'system-denied';
  if (message.includes('auth deny') || message.includes('auth denied') || message.includes('authorize no response'))
    return 'refused';
  // The browser's own refusal (H5: Geolocation "User denied Geolocation", getUserMedia NotAllowedError).
  if (message.includes('user denied') || message.includes('permission denied')) return 'refused';
  if (message.includes('cancel')) return 'cancelled';
  if (message.includes('不支持') || message.includes('not support') || message.includes('is not a function'))
    return 'unsupported';
  return 'failed';
}

/** The sentence a person sees for a failure (none for a plain cancel). */
export function failureMessage(kind: FailureKind, refusal: string, name: string): string {
  switch (kind) {
    case 'privacy-not-authorized':
      return t.permissions.privacyNotAuthorized;
    case 'privacy-not-declared':
      return t.permissions.privacyNotDeclared;
    case 'system-denied':
      return t.permissions.systemDenied(name);
    case 'refused':
      return refusal;
    case 'unsupported':
      return t.permissions.unavailable;
    case 'cancelled':
      return '';
    case 'failed':
      return t.permissions.failed;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
