/** Stable error codes and the Chinese message shown for each. Codes never change meaning. */
export const ERROR_MESSAGES = {
  INTERNAL: '系统繁忙，请稍后重试',
  'REQUEST.INVALID_EVENT': '请求格式不正确',
  'REQUEST.UNKNOWN_ACTION': '不支持的操作',
  'REQUEST.INVALID_INPUT': '提交的信息不完整或格式不正确',
  'REQUEST.TOO_LARGE': '提交的内容过大',
  'AUTH.NO_IDENTITY': '无法确认您的微信身份，请在微信中重新打开小程序',
  'CONSENT.DOCUMENT_UNKNOWN': '未找到该协议文件',
  'CONSENT.VERSION_UNKNOWN': '该协议版本不存在',
  'CONSENT.VERSION_STALE': '协议已更新，请阅读最新版本后再同意',
  'CONSENT.HASH_MISMATCH': '您阅读的协议内容与当前版本不一致，请重新打开后再同意',
  'CONSENT.SENSITIVE_BUNDLED': '敏感个人信息须在使用相关功能时单独同意',
  'CONSENT.POLICY_MISMATCH': '敏感个人信息的同意须针对个人信息保护政策作出',
  'CONSENT.BASE_REQUIRED': '请先阅读并同意用户协议与个人信息保护政策',
  'CONSENT.NOT_GRANTED': '您尚未作出该项同意，无需撤回',
  'CONSENT.LEDGER_BUSY': '操作过于频繁，请稍后重试',
  'CONSENT.GUARDIAN_REQUIRED': '处理未成年人个人信息须由其监护人同意',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
