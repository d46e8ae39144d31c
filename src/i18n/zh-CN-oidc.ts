import type { OidcScopeName } from '../../cloudfunctions/lib/contract/oidc';

/**
 * The sign-in-to-other-services subpackage's strings (Simplified Chinese), kept apart from zh-CN.ts
 * so they ship in that subpackage; a zh-HK/zh-MO catalog must match this shape.
 */
export const zhCNOidc = {
  /** The privacy center's link to the list of authorized services. */
  entry: '已授权的第三方服务',
  consentTitle: '使用琴易办账号登录',
  asks: (service: string) => `“${service}”申请使用您的琴易办账号登录，并获取以下信息：`,
  scopes: {
    openid: '确认您是琴易办的同一位用户（不含姓名等信息；每个服务看到的标识各不相同）',
    profile: '您的账号名与打码后的姓名',
    phone: '打码后的手机号码',
    real_name: '您经核验的真实姓名及实名认证等级',
    enterprise: '您担任法定代表人或获授权代办的企业名称与统一社会信用代码',
  } satisfies Record<OidcScopeName, string>,
  theirTerms: '该服务由其运营者提供，并非琴易办。请阅读其自己的协议：',
  terms: '用户协议',
  privacy: '隐私政策',
  accept: (service: string) => `我已阅读并同意“${service}”的用户协议和隐私政策`,
  approve: '同意授权',
  refuse: '拒绝',
  mustAccept: '请先勾选同意该服务的用户协议和隐私政策',
  approved: '已授权。请回到该服务继续。',
  refused: '已拒绝，该服务不会获得您的任何信息。',
  loading: '正在读取授权请求…',
  noRequest: '没有待处理的授权请求。请从需要登录的服务重新发起。',
  revokeAnytime: '您可随时在“隐私中心 → 已授权的第三方服务”中撤回授权。',
  listTitle: '已授权的第三方服务',
  listEmpty: '您还没有授权任何服务使用琴易办账号登录。',
  received: '可获取：',
  grantedAt: '授权时间',
  lastIssuedAt: '最近一次获取',
  revokedAt: '已撤回于',
  revoke: '撤回授权',
  revokeConfirm: {
    title: '撤回授权',
    content: '撤回后，该服务持有的登录凭证立即失效，不能再获取您的信息。已获取的信息请向该服务要求删除。',
    confirm: '撤回',
    cancel: '取消',
  },
  linkCopied: '链接已复制，请在浏览器中打开阅读',
  revokedToast: '已撤回',
  signedOut: '请先登录琴易办账号。',
  /** Scan-to-sign-in from inside the app: a web service shows a QR, the person scans it here. */
  scan: {
    button: '扫码登录网页服务',
    hint: '网页服务显示“用琴易办扫码登录”的二维码时，点此扫码，核对服务与所需信息后再授权。',
    notOurs: '这不是琴易办的登录二维码，请扫描网页服务显示的登录二维码',
    failed: '未能扫码，请重试',
  },
};
