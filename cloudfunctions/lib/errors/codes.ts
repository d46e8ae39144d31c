/** Stable error codes and the Chinese message shown for each. Codes never change meaning. */
export const ERROR_MESSAGES = {
  INTERNAL: '系统繁忙，请稍后重试',
  'REQUEST.INVALID_EVENT': '请求格式不正确',
  'REQUEST.UNKNOWN_ACTION': '不支持的操作',
  'REQUEST.INVALID_INPUT': '提交的信息不完整或格式不正确',
  'REQUEST.TOO_LARGE': '提交的内容过大',
  'AUTH.NO_IDENTITY': '无法确认您的微信身份，请在微信中重新打开小程序',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
