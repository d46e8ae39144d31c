/**
 * How long each collection and storage prefix is kept, what starts the clock and why (privacy
 * policy §6.2: kept only as long as the purpose needs, longer only where the law requires). Data
 * only: the retention timer (cloudfunctions/lib/retention) purges the entries with a `purge` rule,
 * and the privacy center shows the table, in Simplified Chinese as written here (every text plain
 * Chinese) and in the other languages from src/i18n/<locale>-retention-rows.ts, row by row.
 * `test/unit/config/retention.test.ts` fails when a declared collection or an upload prefix has no
 * entry; `retention-translations.test.ts` when a row has no translation or a translation no row.
 */
import type { CollectionName } from './cloud/collections';

export const DAY_MS = 86_400_000;

/** What the timer deletes: documents whose `field` is older than `days`, optionally only some states. */
export interface PurgeRule {
  days: number;
  /** Epoch-ms field that starts the clock. */
  field: string;
  /** Only documents whose `status` is one of these (e.g. finished push jobs, abandoned uploads). */
  statuses?: readonly string[];
  /** The stored bytes a purged document names (its `fileID`) are deleted with it. */
  withStorage?: boolean;
  /** Who purges: the retention timer (files function) or the account function's own timer. */
  by: 'retention' | 'account';
}

export interface RetentionEntry {
  /** What is kept, as the person would call it. */
  what: string;
  period: string;
  /** What starts the clock, in words. */
  from: string;
  basis: string;
  /** Null: never deleted by a timer (kept by law, deleted with the account, or not personal). */
  purge: PurgeRule | null;
  /**
   * A storage prefix whose files a collection's purge deletes with their documents (`withStorage`):
   * deleted automatically, though the prefix has no rule of its own.
   */
  purgedWith?: CollectionName;
}

const PIPL_19 = '《个人信息保护法》第十九条：保存期限为实现处理目的所必要的最短时间；本政策第6.2条';
const ARCHIVES =
  '《中华人民共和国档案法》：机关办理事项形成的记录须归档保存，期限依《机关文件材料归档范围和文书档案保管期限规定》（国家档案局令第8号）；期满经鉴定后处置，不由程序自动删除';
const WITH_ACCOUNT = '本政策第6.2条、第8.5条：仅在为您提供服务期间保留；注销冷静期满后随账号删除';
const CHAIN =
  '《个人信息保护法》第五十六条（处理情况记录至少保存三年）；记录前后相连成哈希链，只能整条保存，从不逐条删除，以便随时验证未被篡改';
const NET_LOG = '《网络安全法》第二十一条：网络日志留存不少于六个月';

export const RETENTION_COLLECTIONS: Readonly<Record<CollectionName, RetentionEntry>> = {
  accounts: { what: '账号与实名信息', period: '账号存续期间', from: '注销冷静期满', basis: WITH_ACCOUNT, purge: null },
  wechat_bindings: {
    what: '微信身份绑定',
    period: '账号存续期间',
    from: '注销冷静期满',
    basis: WITH_ACCOUNT,
    purge: null,
  },
  staff_proposals: {
    what: '须两名管理员同意的操作（授予角色、向全体推送）的提议与决定',
    period: '与操作审计记录相同',
    from: '决定之时',
    basis: CHAIN,
    purge: null,
  },
  identity_reviews: {
    what: '工作人员实名核验记录（证件照片在核验决定后立即删除）',
    period: '账号存续期间',
    from: '注销冷静期满',
    basis: WITH_ACCOUNT,
    purge: null,
  },
  sessions: {
    what: '登录会话',
    period: '结束或过期后30天',
    from: '会话结束或过期之时',
    basis: `${PIPL_19}；期限可由 QYB_SESSION_RETENTION_DAYS 调整`,
    purge: { days: 30, field: 'endedAt', by: 'account' },
  },
  unique_claims: {
    what: '唯一性占位记录（证件号盲索引、待审授权、处理中申请的名额）',
    period: '所占之事存续期间',
    from: '账号注销、授权审核完毕或申请办结',
    basis: WITH_ACCOUNT,
    purge: null,
  },
  login_attempts: {
    what: '登录失败计数',
    period: '最近一次失败后180天',
    from: '最近一次登录失败之时',
    basis: NET_LOG,
    purge: { days: 180, field: 'lastFailureAt', by: 'retention' },
  },
  policy_versions: {
    what: '协议与政策的各个版本',
    period: '长期',
    from: '发布之时',
    basis: '不含个人信息；同意记录须能找回当时同意的文本',
    purge: null,
  },
  consents: { what: '同意记录（同意台账）', period: '账号注销后三年', from: '账号注销之时', basis: CHAIN, purge: null },
  consent_heads: { what: '同意台账的链头', period: '与同意记录相同', from: '账号注销之时', basis: CHAIN, purge: null },
  enterprises: { what: '企业登记信息', period: '30年', from: '最后一次办理之时', basis: ARCHIVES, purge: null },
  agent_grants: { what: '代办授权及其审核记录', period: '30年', from: '授权决定之时', basis: ARCHIVES, purge: null },
  matters: { what: '办事事项目录', period: '长期', from: '发布之时', basis: '不含个人信息', purge: null },
  service_requests: { what: '办件记录', period: '30年', from: '办结之时', basis: ARCHIVES, purge: null },
  request_events: {
    what: '办件的办理过程',
    period: '与办件记录相同（30年）',
    from: '办结之时',
    basis: ARCHIVES,
    purge: null,
  },
  files: {
    what: '未完成的上传（已开始但未确认或未通过检查）',
    period: '1天；已确认的文件随使用它的记录保存',
    from: '开始上传之时',
    basis: `${PIPL_19}：未完成的上传没有用途`,
    purge: {
      days: 1,
      field: 'createdAt',
      statuses: ['pending', 'uploaded', 'rejected'],
      withStorage: true,
      by: 'retention',
    },
  },
  subscriptions: {
    what: '订阅消息授权',
    period: '账号存续期间',
    from: '注销冷静期满',
    basis: WITH_ACCOUNT,
    purge: null,
  },
  messages: {
    what: '消息中心的消息',
    period: '1年',
    from: '消息发出之时',
    basis: PIPL_19,
    purge: { days: 365, field: 'createdAt', by: 'retention' },
  },
  push_jobs: {
    what: '工作人员推送任务',
    period: '发送完成后1年',
    from: '发送完成之时',
    basis: PIPL_19,
    purge: { days: 365, field: 'finishedAt', statuses: ['done'], by: 'retention' },
  },
  feedback: {
    what: '意见反馈与投诉',
    period: '3年',
    from: '提交之时',
    basis: '本政策第6.2条：为处理投诉与纠纷所合理必需的期间',
    purge: { days: 3 * 365, field: 'createdAt', withStorage: true, by: 'retention' },
  },
  feedback_limits: {
    what: '每日反馈次数计数',
    period: '2天',
    from: '当日第一条反馈之时',
    basis: '仅用于当日的次数限制，次日即不再需要',
    purge: { days: 2, field: 'createdAt', by: 'retention' },
  },
  media_checks: {
    what: '图片内容安全检查记录',
    period: '30天',
    from: '提交检查之时',
    basis: '微信在30分钟内推送检查结果；保留30天以便核对撤下的图片',
    purge: { days: 30, field: 'createdAt', by: 'retention' },
  },
  reports: {
    what: '举报及处理结果（报告账号被盗时留下的联系方式加密保存）',
    period: '3年',
    from: '举报之时',
    basis: '本政策第6.2条：为处理投诉与纠纷所合理必需的期间',
    purge: { days: 3 * 365, field: 'createdAt', by: 'retention' },
  },
  privacy_requests: {
    what: '个人信息权利请求及答复',
    period: '3年',
    from: '提出之时',
    basis: '《个人信息保护法》第五十六条：处理情况记录至少保存三年',
    purge: { days: 3 * 365, field: 'createdAt', statuses: ['approved', 'refused', 'cancelled'], by: 'retention' },
  },
  audit_log: { what: '操作审计记录', period: '3年', from: '记录之时', basis: `${NET_LOG}；${CHAIN}`, purge: null },
  audit_watch: {
    what: '审计异常提示的计数',
    period: '3年',
    from: '计数的那一小时',
    basis: `${NET_LOG}；与操作审计记录相同`,
    purge: { days: 3 * 365, field: 'windowStart', by: 'retention' },
  },
  audit_heads: { what: '操作审计链的链头', period: '与操作审计记录相同', from: '记录之时', basis: CHAIN, purge: null },
  device_logs: {
    what: '设备诊断日志（尚未使用）',
    period: '启用前另行规定',
    from: '—',
    basis: '目前不保存任何内容',
    purge: null,
  },
  notice_preferences: {
    what: '通知设置',
    period: '账号存续期间',
    from: '注销冷静期满',
    basis: WITH_ACCOUNT,
    purge: null,
  },
  push_recipients: {
    what: '推送的逐人发送结果',
    period: '180天',
    from: '开始发送之时',
    basis: PIPL_19,
    purge: { days: 180, field: 'claimedAt', by: 'retention' },
  },
  channel_outbox: {
    what: '本地测试环境中代发的短信与邮件',
    period: '30天',
    from: '代发之时',
    basis: `${PIPL_19}；仅存在于本地测试环境`,
    purge: { days: 30, field: 'at', by: 'retention' },
  },
  oidc_clients: {
    what: '接入琴易办账号登录的第三方服务',
    period: '服务接入期间',
    from: '—',
    basis: '第三方服务的名称、图标与条款链接，不含个人信息',
    purge: null,
  },
  oidc_authorizations: {
    what: '您对第三方服务的授权记录',
    period: '3年',
    from: '撤销授权之时（授权有效期间一直保留）',
    basis: '《个人信息保护法》第二十三条、第五十六条：向他人提供个人信息的处理情况记录至少保存三年',
    purge: { days: 3 * 365, field: 'revokedAt', statuses: ['revoked'], by: 'retention' },
  },
  oidc_codes: {
    what: '第三方登录的一次性授权码',
    period: '1天',
    from: '签发之时（60秒内有效）',
    basis: PIPL_19,
    purge: { days: 1, field: 'expiresAt', by: 'retention' },
  },
  oidc_tokens: {
    what: '第三方服务的访问令牌与刷新令牌',
    period: '失效后30天',
    from: '令牌失效之时',
    basis: PIPL_19,
    purge: { days: 30, field: 'expiresAt', by: 'retention' },
  },
  oidc_qr_sessions: {
    what: '扫码登录第三方服务的会话（服务的请求、您的决定）',
    period: '1天',
    from: '二维码失效之时（3分钟内有效）',
    basis: PIPL_19,
    purge: { days: 1, field: 'expiresAt', by: 'retention' },
  },
  linked_accounts: {
    what: '您关联的外部账号（如粤信签）：平台与其账号标识',
    period: '关联期间',
    from: '—（解除关联或注销账号时删除）',
    basis: '《个人信息保护法》第十三条第一款第二项：用关联账号登录所必需；隐私政策第7.1条',
    purge: null,
  },
  link_states: {
    what: '进行中的账号关联或关联账号登录（一次性校验值）',
    period: '1天',
    from: '请求失效之时（10分钟内有效）',
    basis: PIPL_19,
    purge: { days: 1, field: 'expiresAt', by: 'retention' },
  },
  announcements: {
    what: '系统维护与服务变更公告',
    period: '公告结束后1年',
    from: '公告结束之时',
    basis: `${PIPL_19}；公告不含个人信息，保留1年以便答复对公告的询问`,
    purge: { days: 365, field: 'endsAt', by: 'retention' },
  },
};

/** Storage paths files are uploaded under (cloudfunctions/lib/files): the first path segment. */
export const RETENTION_STORAGE: Readonly<Record<'uploads' | 'files', RetentionEntry>> = {
  uploads: {
    what: '您上传、尚未经检查的文件',
    period: '1天',
    from: '开始上传之时',
    basis: `${PIPL_19}：检查通过即转存并删除，未完成的上传1天后删除`,
    purge: null,
    purgedWith: 'files',
  },
  files: {
    what: '经检查保存的文件（申请材料、反馈照片与语音、办理结果、第三方服务图标）',
    period: '随使用它的记录保存（办件材料30年，反馈3年；第三方服务图标在该服务登记期间保存，更换时删除旧图标）',
    from: '所属记录的起算时间',
    basis: `申请材料与结果：${ARCHIVES}；反馈附件：本政策第6.2条；第三方服务图标不含个人信息`,
    purge: null,
  },
};
