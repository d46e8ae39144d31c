/**
 * WeChat subscription-message templates (订阅消息模板): the id WeChat gave each one (set per
 * environment through QYB_TMPL_* — the values here are placeholders for the local cloud), its
 * fields with their WeChat types, the page a tap opens, and which notice kinds use it. Loading and
 * checking them is cloudfunctions/lib/notify/subscription-templates.ts: outside the local cloud a
 * missing id refuses the function at load.
 * Long-term subscriptions (长期订阅) are open to government services only: a template is long-term
 * when QYB_LONG_TERM_TEMPLATES names its key (comma-separated) and WeChat approved it for the
 * mini-program; otherwise each acceptance allows one send.
 */
import type { NoticeKind } from '../cloudfunctions/lib/notify/notifier';

/** WeChat's field types and their limits (https://developers.weixin.qq.com, 订阅消息参数值内容限制). */
export const FIELD_TYPES = [
  'thing',
  'character_string',
  'phrase',
  'time',
  'date',
  'number',
  'name',
  'letter',
  'phone_number',
  'amount',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** What a template field shows, taken from the notice: its title, body, the send time, or `fields[source]`. */
export interface TemplateField {
  /** WeChat's key, e.g. `thing1`: the type followed by the template's own number. */
  key: string;
  /**
   * The field's name as the template shows it in WeChat (关键词名称, e.g. 通知标题): what the staff
   * preview shows beside the value, never the key (issue 20).
   */
  name: string;
  type: FieldType;
  source: 'title' | 'body' | 'now' | string;
  /** Used when the notice does not give the value. */
  fallback?: string;
}

export interface TemplateDecl {
  key: TemplateKey;
  /** The environment variable holding WeChat's template id. */
  idEnv: string;
  placeholderId: string;
  title: string;
  kinds: readonly NoticeKind[];
  /** Opened on tap when the notice names no page. */
  page: string;
  fields: readonly TemplateField[];
}

export type TemplateKey = 'requestStatus' | 'policyUpdate' | 'securityAlert' | 'serviceNotice';

export const SUBSCRIPTION_TEMPLATES: readonly TemplateDecl[] = [
  {
    key: 'requestStatus',
    idEnv: 'QYB_TMPL_REQUEST_STATUS',
    placeholderId: 'tmpl-request-status-local',
    title: '办理进度通知',
    kinds: ['request.status', 'agent.grant', 'privacy.request'],
    page: '/packages/inbox/pages/list/index',
    fields: [
      { key: 'character_string1', name: '办件编号', type: 'character_string', source: 'number', fallback: '-' },
      { key: 'thing2', name: '事项名称', type: 'thing', source: 'title' },
      { key: 'phrase3', name: '办理状态', type: 'phrase', source: 'status', fallback: '已更新' },
      { key: 'time4', name: '更新时间', type: 'time', source: 'now' },
      { key: 'thing5', name: '备注', type: 'thing', source: 'body' },
    ],
  },
  {
    key: 'securityAlert',
    idEnv: 'QYB_TMPL_SECURITY_ALERT',
    placeholderId: 'tmpl-security-alert-local',
    title: '账号安全提醒',
    kinds: ['account.security', 'account.status', 'security.incident'],
    page: '/packages/inbox/pages/list/index',
    fields: [
      { key: 'thing1', name: '提醒内容', type: 'thing', source: 'title' },
      { key: 'time2', name: '提醒时间', type: 'time', source: 'now' },
      { key: 'thing3', name: '说明', type: 'thing', source: 'body' },
    ],
  },
  {
    key: 'serviceNotice',
    idEnv: 'QYB_TMPL_SERVICE_NOTICE',
    placeholderId: 'tmpl-service-notice-local',
    title: '服务通知',
    kinds: ['maintenance', 'service.change', 'staff.push'],
    page: '/packages/inbox/pages/list/index',
    fields: [
      { key: 'thing1', name: '通知标题', type: 'thing', source: 'title' },
      { key: 'thing2', name: '通知内容', type: 'thing', source: 'body' },
      { key: 'time3', name: '通知时间', type: 'time', source: 'now' },
    ],
  },
  {
    key: 'policyUpdate',
    idEnv: 'QYB_TMPL_POLICY_UPDATE',
    placeholderId: 'tmpl-policy-update-local',
    title: '协议更新提醒',
    kinds: ['policy.published'],
    page: '/packages/privacy/pages/center/index',
    fields: [
      { key: 'thing1', name: '协议名称', type: 'thing', source: 'document', fallback: '用户协议与个人信息保护政策' },
      { key: 'character_string2', name: '版本号', type: 'character_string', source: 'version', fallback: '-' },
      { key: 'date3', name: '生效日期', type: 'date', source: 'effectiveDate' },
      { key: 'thing4', name: '更新说明', type: 'thing', source: 'body' },
    ],
  },
];

export interface ResolvedTemplate extends TemplateDecl {
  id: string;
  longTerm: boolean;
}
