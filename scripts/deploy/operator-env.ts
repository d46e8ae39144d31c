/**
 * Every environment variable a cloud function reads, declared once: what it is for, whether the
 * function cannot work without it, and how its value is checked before it is set in the cloud.
 * Which function gets which variable is read from its bundle (bundle-env.ts), so a variable the
 * code reads but nobody declared here stops the deploy instead of being forgotten.
 */
import { loadCryptoKeys, loadLedgerKey } from '../../cloudfunctions/lib/crypto/keys';
import { isPlaceholderTemplateId } from '../../cloudfunctions/lib/notify/subscription-templates';
import { SUBSCRIPTION_TEMPLATES } from '../../config/subscription-templates';
import type { RefusalCode } from './deploy.errors';
import { count, gateway, invalid, notStandIn, thrown } from './operator-env-checks';

export type Env = Readonly<Record<string, string | undefined>>;

export interface Problem {
  code: RefusalCode;
  message: string;
}

export interface OperatorVariable {
  name: string;
  purpose: string;
  required: boolean;
  secret: boolean;
  check?: (value: string, env: Env) => Problem | undefined;
}

const templateVariables: OperatorVariable[] = SUBSCRIPTION_TEMPLATES.map((t) => ({
  name: t.idEnv,
  purpose: `订阅消息模板「${t.title}」的模板 ID`,
  required: true,
  secret: false,
  check: (value) =>
    isPlaceholderTemplateId(value)
      ? { code: 'TEMPLATE_PLACEHOLDER', message: `仍是本地占位模板 ID ${value}，请填写公众平台分配的模板 ID` }
      : undefined,
}));

export const OPERATOR_VARIABLES: readonly OperatorVariable[] = [
  {
    name: 'QYB_FIELD_KEY',
    purpose: '敏感字段加密密钥（id:base64，32 字节）',
    required: true,
    secret: true,
    check: (_v, env) => (env.QYB_INDEX_KEY ? thrown(() => loadCryptoKeys(env)) : undefined),
  },
  {
    name: 'QYB_INDEX_KEY',
    purpose: '盲索引密钥（base64，32 字节）',
    required: true,
    secret: true,
    check: (_v, env) => (env.QYB_FIELD_KEY ? thrown(() => loadCryptoKeys(env)) : undefined),
  },
  {
    name: 'QYB_LEDGER_KEY',
    purpose: '同意记录封印密钥（可选；缺省时由 QYB_INDEX_KEY 派生）',
    required: false,
    secret: true,
    check: (_v, env) => thrown(() => loadLedgerKey(env)),
  },
  {
    name: 'QYB_WX_APPID',
    purpose: '人脸核身调用微信接口所用的小程序 AppID',
    required: true,
    secret: false,
    check: (value) => (/^wx[0-9a-f]{16}$/.test(value) ? undefined : invalid('须为 wx 加 16 位十六进制')),
  },
  {
    name: 'QYB_WX_APPSECRET',
    purpose: '人脸核身调用微信接口所用的 AppSecret',
    required: true,
    secret: true,
    check: (value) => (/^[0-9a-f]{32}$/.test(value) ? undefined : invalid('须为 32 位十六进制')),
  },
  ...templateVariables,
  {
    name: 'QYB_LONG_TERM_TEMPLATES',
    purpose: '已获批长期订阅的模板（逗号分隔的模板键）',
    required: false,
    secret: false,
    check: (value) => {
      const keys: readonly string[] = SUBSCRIPTION_TEMPLATES.map((t) => t.key);
      const unknown = value
        .split(',')
        .map((s) => s.trim())
        .filter((k) => k && !keys.includes(k));
      return unknown.length ? invalid(`未知模板键 ${unknown.join(', ')}（可选 ${keys.join(', ')}）`) : undefined;
    },
  },
  {
    name: 'QYB_FACE_VERIFIER',
    purpose: '人脸核身实现（生产为 wechat）',
    required: false,
    secret: false,
    check: notStandIn(['wechat']),
  },
  {
    name: 'QYB_STAFF_FACTOR',
    purpose: '工作人员二次验证（生产不设置或设为 required；when-enrolled 仅限本地云）',
    required: false,
    secret: false,
    check: (value) => (value === 'required' ? undefined : invalid('生产须为 required（when-enrolled 仅限本地云）')),
  },
  {
    name: 'QYB_ENTERPRISE_REGISTRY_URL',
    purpose: '企业登记信息核验网关地址（按统一社会信用代码查询法定代表人；本地云之外必须设置）',
    required: true,
    secret: false,
    check: (value) => (/^https:\/\/[^\s?#]+$/.test(value) ? undefined : invalid('须为 https:// 地址，不带查询串')),
  },
  { name: 'QYB_ENTERPRISE_REGISTRY_TOKEN', purpose: '企业登记信息核验网关令牌', required: true, secret: true },
  {
    name: 'QYB_CHANNELS',
    purpose: '短信/邮件渠道（生产不设置）',
    required: false,
    secret: false,
    check: notStandIn([]),
  },
  gateway('QYB_SMS_GATEWAY_URL', '短信网关地址（不设置则短信渠道关闭）'),
  gateway('QYB_EMAIL_GATEWAY_URL', '邮件网关地址（不设置则邮件渠道关闭）'),
  { name: 'QYB_GATEWAY_TOKEN', purpose: '短信/邮件网关令牌', required: false, secret: true },
  {
    name: 'QYB_MINIPROGRAM_STATE',
    purpose: '订阅消息跳转的小程序版本（developer / trial / formal，默认 formal）',
    required: false,
    secret: false,
    check: (value) =>
      ['developer', 'trial', 'formal'].includes(value) ? undefined : invalid('须为 developer / trial / formal'),
  },
  count('QYB_WECHAT_SENDS_PER_SECOND', '每个实例每秒发送订阅消息数（默认 50）'),
  count('QYB_SESSION_DAYS', '登录会话天数（默认 30）'),
  count('QYB_SESSION_RETENTION_DAYS', '已结束或过期的会话保留天数（默认 30，之后由每日定时任务删除）'),
  count('QYB_CANCELLATION_COOLING_DAYS', '注销冷静期天数（默认 15）'),
  count('QYB_LOGIN_MAX_FAILURES', '账号连续登录失败上限（默认 5）'),
  count('QYB_LOGIN_OPENID_MAX_FAILURES', '同一微信身份登录失败上限（默认 10）'),
  count('QYB_LOGIN_LOCK_SECONDS', '登录锁定秒数（默认 900）'),
  count('QYB_LOGIN_DELAY_MS', '登录失败延迟毫秒（默认 1000）'),
  count('QYB_PUSH_STALE_CLAIM_MS', '推送认领超时毫秒（默认 120000）'),
  count('QYB_PUSH_RUN_BUDGET_MS', '一次推送运行预算毫秒（默认 20000）'),
  count('QYB_NOTICE_BATCH', '政策更新通知每批人数（默认 100）'),
  count('QYB_NOTICE_BUDGET_MS', '政策更新通知每次预算毫秒（默认 5000）'),
  // The oidc function refuses to load without these two; optional here until the function is deployed.
  {
    name: 'QYB_OIDC_ISSUER',
    purpose: 'oidc 云函数的 HTTP 访问地址（签发方，如 https://<域名>/oidc）',
    required: false,
    secret: false,
    check: (value) =>
      /^https:\/\/[^?#]+[^/?#]$/.test(value) ? undefined : invalid('须为 https 地址，不带查询串或结尾的 /'),
  },
  {
    name: 'QYB_OIDC_SIGNING_KEYS',
    purpose: 'ID 令牌签名密钥（ES256 私钥的 JWK 集合，最新的在前）',
    required: false,
    secret: true,
  },
  // Linked outside accounts (lib/linked/linked-providers.ts): 粤信签 is offered once all four are set.
  {
    name: 'QYB_LINKED_YUEXINQIAN_ISSUER',
    purpose: '粤信签 OpenID 签发方地址（关联账号；未设置则不提供关联）',
    required: false,
    secret: false,
    check: (value) => (/^https:\/\/[^?#]+$/.test(value) ? undefined : invalid('须为 https 地址，不带查询串')),
  },
  {
    name: 'QYB_LINKED_YUEXINQIAN_CLIENT_ID',
    purpose: '粤信签为琴易办登记的 client_id',
    required: false,
    secret: false,
  },
  {
    name: 'QYB_LINKED_YUEXINQIAN_CLIENT_SECRET',
    purpose: '粤信签为琴易办登记的 client_secret',
    required: false,
    secret: true,
  },
  {
    name: 'QYB_LINKED_YUEXINQIAN_REDIRECT_URI',
    purpose: '在粤信签登记的回调地址（琴易办业务域名下的回调页）',
    required: false,
    secret: false,
    check: (value) => (/^https:\/\/[^#]+$/.test(value) ? undefined : invalid('须为 https 地址')),
  },
];
