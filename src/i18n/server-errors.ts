import type { AppErrorBody } from '../../cloudfunctions/lib/contract/result';
import type { ErrorCode } from '../../cloudfunctions/lib/errors/codes';
import { currentLocale } from './locale-store';

export type Messages = Partial<Record<ErrorCode, string>>;
type Translated = Record<'zh-MO' | 'pt-PT' | 'en', Messages>;
/** Messages that name the field to change (CONTENT.RISKY), and the fields' names, per locale. */
export interface FieldMessages {
  messages: Partial<Record<ErrorCode, (field: string) => string>>;
  fields: Partial<Record<string, string>>;
}

/**
 * The server's messages the screens show most, in the languages other than Simplified Chinese. The
 * cloud answers a stable code with a Chinese message (cloudfunctions/lib/errors/codes.ts); a code
 * missing here falls back to that Chinese message, which is never wrong, only untranslated.
 * Here only what the launch pages (home, agreement) can meet: the weapp main package carries this file.
 * The subpackage screens' messages are added by server-errors-packages.ts, which every subpackage
 * page loads through i18n/packages.ts (issue 18: 10 KB out of the main package).
 */
const BY_LOCALE: Translated = {
  'zh-MO': {
    INTERNAL: '系統繁忙，請稍後重試',
    'AUTH.NO_IDENTITY': '無法確認您的微信身份，請在微信中重新打開小程式',
    'CONSENT.REQUIRED': '您尚未同意或已撤回對現行用戶協議和個人資料保護政策的同意，請閱讀並同意後再使用此項服務',
    'CONSENT.SENSITIVE_REQUIRED': '此項服務需要處理您的敏感個人資料，請先在個人資料保護中心單獨同意',
    'CONSENT.VERSION_STALE': '協議已更新，請閱讀最新版本後再同意',
    'ACCOUNT.NOT_SIGNED_IN': '請先登入',
    'ACCOUNT.RESTRICTED': '您的帳號已被限制使用，目前僅可查看資料',
    'ACCOUNT.SUSPENDED': '您的帳號已被暫停使用',
    'ACCOUNT.BANNED': '您的帳號已被封停',
    'ACCOUNT.FROZEN':
      '帳號已凍結，暫不能登入或辦理業務。本人可在綁定的微信中通過人臉核驗解凍，或攜本人證件到服務窗口辦理',
  },
  'pt-PT': {
    INTERNAL: 'O sistema está ocupado; tente mais tarde',
    'AUTH.NO_IDENTITY': 'Não foi possível confirmar a sua identidade WeChat; abra de novo o mini-programa no WeChat',
    'CONSENT.REQUIRED':
      'Não aceitou, ou retirou, o Acordo de Utilizador e a Política de Protecção de Informações Pessoais em vigor; leia-os e aceite para usar este serviço',
    'CONSENT.SENSITIVE_REQUIRED':
      'Este serviço trata informações pessoais sensíveis; dê primeiro o seu consentimento separado no centro de privacidade',
    'CONSENT.VERSION_STALE': 'O acordo foi actualizado; leia a versão mais recente antes de aceitar',
    'ACCOUNT.NOT_SIGNED_IN': 'Entre primeiro na conta',
    'ACCOUNT.RESTRICTED': 'A sua conta está restrita; só pode consultar informações',
    'ACCOUNT.SUSPENDED': 'A sua conta está suspensa',
    'ACCOUNT.BANNED': 'A sua conta está bloqueada',
    'ACCOUNT.FROZEN':
      'A conta está congelada: sem entrada nem serviços por agora. O titular pode descongelá-la por verificação facial no WeChat associado, ou num balcão de atendimento com o seu documento de identificação',
  },
  en: {
    INTERNAL: 'The system is busy; please try again later',
    'AUTH.NO_IDENTITY': 'We cannot confirm your WeChat identity; please reopen the mini program in WeChat',
    'CONSENT.REQUIRED':
      'You have not accepted, or have withdrawn, the current User Agreement and Personal Information Protection Policy; please read and accept them to use this service',
    'CONSENT.SENSITIVE_REQUIRED':
      'This service processes sensitive personal information; please give your separate consent in the privacy centre first',
    'CONSENT.VERSION_STALE': 'The agreement has been updated; please read the latest version before accepting',
    'ACCOUNT.NOT_SIGNED_IN': 'Please sign in first',
    'ACCOUNT.RESTRICTED': 'Your account is restricted; you can only view information',
    'ACCOUNT.SUSPENDED': 'Your account is suspended',
    'ACCOUNT.BANNED': 'Your account is banned',
    'ACCOUNT.FROZEN':
      'The account is frozen: no sign-in or services for now. Its owner can unfreeze it by face verification in the bound WeChat, or at a service counter with their ID document',
  },
};

const WITH_FIELD: Record<'zh-MO' | 'pt-PT' | 'en', FieldMessages> = {
  'zh-MO': { messages: {}, fields: {} },
  'pt-PT': { messages: {}, fields: {} },
  en: { messages: {}, fields: {} },
};

/** Adds the messages of the subpackage screens (server-errors-packages.ts). */
export function addServerMessages(more: Translated): void {
  for (const locale of ['zh-MO', 'pt-PT', 'en'] as const) Object.assign(BY_LOCALE[locale], more[locale]);
}

/** Adds messages that name a field, and the fields' names (server-errors-packages.ts). */
export function addFieldMessages(more: Record<'zh-MO' | 'pt-PT' | 'en', FieldMessages>): void {
  for (const locale of ['zh-MO', 'pt-PT', 'en'] as const) {
    Object.assign(WITH_FIELD[locale].messages, more[locale].messages);
    Object.assign(WITH_FIELD[locale].fields, more[locale].fields);
  }
}

/**
 * What to show for a refusal: the current locale's message for its code, else the server's own.
 * A refusal that names a field (`field`, a stable key: CONTENT.RISKY) is worded with the field's
 * name in this locale when the client knows it (its catalog, or `fieldName` from the screen: a
 * request form's own field), else with the code's message that names none.
 */
export function errorMessage(
  code: string,
  serverMessage: string,
  field?: string,
  fieldName?: (field: string) => string | undefined,
): string {
  const locale = currentLocale();
  if (locale === 'zh-CN') return serverMessage;
  const named = field === undefined ? undefined : (fieldName?.(field) ?? WITH_FIELD[locale].fields[field]);
  const naming = WITH_FIELD[locale].messages[code as ErrorCode];
  if (named !== undefined && naming) return naming(named);
  return BY_LOCALE[locale][code as ErrorCode] ?? serverMessage;
}

/**
 * A refusal as a screen keeps it in state: the code, the cloud's own (Chinese) message and the
 * field it names. The text is made at render (`refusalText`), so it follows a language switch.
 */
export interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
}

/** The client's error (src/services/cloud/client.ts keeps the cloud's own message beside the shown one). */
export type ClientError = AppErrorBody & { serverMessage?: string };

export function refusalOf(error: ClientError): Refusal {
  const message = error.serverMessage ?? error.message;
  return error.field === undefined ? { code: error.code, message } : { code: error.code, message, field: error.field };
}

/** The refusal in the current locale; `fieldName` names fields only the screen knows. */
export function refusalText(refusal: Refusal, fieldName?: (field: string) => string | undefined): string {
  return errorMessage(refusal.code, refusal.message, refusal.field, fieldName);
}

/**
 * A kept client error as a screen shows it: the same object with its message worded again in the
 * current locale (for hooks that keep the error object and return it with its code).
 */
export function reworded<E extends ClientError>(error: E): E;
export function reworded<E extends ClientError>(error: E | null): E | null;
export function reworded<E extends ClientError>(error: E | null): E | null {
  return error && { ...error, message: refusalText(refusalOf(error)) };
}
