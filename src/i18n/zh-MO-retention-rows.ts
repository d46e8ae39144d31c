import type { Catalog } from './catalog';
import type { zhCNRetention } from './zh-CN-retention';

// Laws keep their official titles (《個人信息保護法》 is the law's name, written in Traditional characters).
const PIPL_19 = '《個人信息保護法》第十九條：保存期限為實現處理目的所必要的最短時間；《個人資料保護政策》第6.2條';
const PIPL_56 = '《個人信息保護法》第五十六條：處理情況記錄至少保存三年';
const ARCHIVES =
  '《中華人民共和國檔案法》：機關辦理事項形成的記錄須歸檔保存，期限依《機關文件材料歸檔範圍和文書檔案保管期限規定》（國家檔案局令第8號）；期滿經鑑定後處置，不由程式自動刪除';
const WITH_ACCOUNT = '《個人資料保護政策》第6.2條、第8.5條：僅在為您提供服務期間保留；註銷冷靜期滿後隨帳號刪除';
const CHAIN =
  '《個人信息保護法》第五十六條（處理情況記錄至少保存三年）；記錄前後相連成哈希鏈，只能整條保存，從不逐條刪除，以便隨時驗證未被篡改';
const NET_LOG = '《網絡安全法》第二十一條：網絡日誌留存不少於六個月';
const DISPUTES = '《個人資料保護政策》第6.2條：為處理投訴與糾紛所合理必需的期間';

const WHILE_ACCOUNT = { period: '帳號存續期間', from: '註銷冷靜期滿', basis: WITH_ACCOUNT };

/** The rows of config/retention.ts in Traditional Chinese as written in Macao, by row key. */
export const zhMORetentionRows: Catalog<typeof zhCNRetention>['rows'] = {
  accounts: { what: '帳號與實名資料', ...WHILE_ACCOUNT },
  wechat_bindings: { what: '微信身份綁定', ...WHILE_ACCOUNT },
  staff_proposals: {
    what: '須兩名管理員同意的操作（授予角色、向全體推送）的提議與決定',
    period: '與操作審計記錄相同',
    from: '決定之時',
    basis: CHAIN,
  },
  identity_reviews: { what: '工作人員實名核驗記錄（證件照片在核驗決定後立即刪除）', ...WHILE_ACCOUNT },
  sessions: {
    what: '登入記錄',
    period: '結束或過期後30天',
    from: '登入結束或過期之時',
    basis: `${PIPL_19}；營運方可調整此期限`,
  },
  unique_claims: {
    what: '唯一性佔位記錄（證件號碼盲索引、待審授權、處理中申請的名額）',
    period: '所佔之事存續期間',
    from: '帳號註銷、授權審核完畢或申請辦結',
    basis: WITH_ACCOUNT,
  },
  login_attempts: {
    what: '登入失敗計數',
    period: '最近一次失敗後180天',
    from: '最近一次登入失敗之時',
    basis: NET_LOG,
  },
  policy_versions: {
    what: '協議與政策的各個版本',
    period: '長期',
    from: '發布之時',
    basis: '不含個人資料；同意記錄須能找回當時同意的文本',
  },
  consents: { what: '同意記錄（同意台帳）', period: '帳號註銷後三年', from: '帳號註銷之時', basis: CHAIN },
  consent_heads: { what: '同意台帳的鏈頭', period: '與同意記錄相同', from: '帳號註銷之時', basis: CHAIN },
  enterprises: { what: '企業登記資料', period: '30年', from: '最後一次辦理之時', basis: ARCHIVES },
  agent_grants: { what: '代辦授權及其審核記錄', period: '30年', from: '授權決定之時', basis: ARCHIVES },
  matters: { what: '辦事事項目錄', period: '長期', from: '發布之時', basis: '不含個人資料' },
  service_requests: { what: '辦件記錄', period: '30年', from: '辦結之時', basis: ARCHIVES },
  request_events: { what: '辦件的辦理過程', period: '與辦件記錄相同（30年）', from: '辦結之時', basis: ARCHIVES },
  files: {
    what: '未完成的上載（已開始但未確認或未通過檢查）',
    period: '1天；已確認的檔案隨使用它的記錄保存',
    from: '開始上載之時',
    basis: `${PIPL_19}：未完成的上載沒有用途`,
  },
  subscriptions: { what: '訂閱訊息授權', ...WHILE_ACCOUNT },
  messages: { what: '訊息中心的訊息', period: '1年', from: '訊息發出之時', basis: PIPL_19 },
  push_jobs: { what: '工作人員推送任務', period: '發送完成後1年', from: '發送完成之時', basis: PIPL_19 },
  feedback: { what: '意見反饋與投訴', period: '3年', from: '提交之時', basis: DISPUTES },
  feedback_limits: {
    what: '每日反饋次數計數',
    period: '2天',
    from: '當日第一條反饋之時',
    basis: '僅用於當日的次數限制，次日即不再需要',
  },
  media_checks: {
    what: '圖片內容安全檢查記錄',
    period: '30天',
    from: '提交檢查之時',
    basis: '微信在30分鐘內推送檢查結果；保留30天以便核對撤下的圖片',
  },
  reports: {
    what: '舉報及處理結果（報告帳號被盜時留下的聯絡方式加密保存）',
    period: '3年',
    from: '舉報之時',
    basis: DISPUTES,
  },
  privacy_requests: { what: '個人資料權利請求及答覆', period: '3年', from: '提出之時', basis: PIPL_56 },
  audit_log: { what: '操作審計記錄', period: '3年', from: '記錄之時', basis: `${NET_LOG}；${CHAIN}` },
  audit_watch: {
    what: '審計異常提示的計數',
    period: '3年',
    from: '計數的那一小時',
    basis: `${NET_LOG}；與操作審計記錄相同`,
  },
  audit_heads: { what: '操作審計鏈的鏈頭', period: '與操作審計記錄相同', from: '記錄之時', basis: CHAIN },
  device_logs: { what: '裝置診斷日誌（尚未使用）', period: '啟用前另行規定', from: '—', basis: '目前不保存任何內容' },
  notice_preferences: { what: '通知設定', ...WHILE_ACCOUNT },
  push_recipients: { what: '推送的逐人發送結果', period: '180天', from: '開始發送之時', basis: PIPL_19 },
  channel_outbox: {
    what: '本地測試環境中代發的短訊與電郵',
    period: '30天',
    from: '代發之時',
    basis: `${PIPL_19}；僅存在於本地測試環境`,
  },
  oidc_clients: {
    what: '接入琴易辦帳號登入的第三方服務',
    period: '服務接入期間',
    from: '—',
    basis: '第三方服務的名稱、圖示與條款連結，不含個人資料',
  },
  oidc_authorizations: {
    what: '您對第三方服務的授權記錄',
    period: '3年',
    from: '撤銷授權之時（授權有效期間一直保留）',
    basis: '《個人信息保護法》第二十三條、第五十六條：向他人提供個人資料的處理情況記錄至少保存三年',
  },
  oidc_codes: { what: '第三方登入的一次性授權碼', period: '1天', from: '簽發之時（60秒內有效）', basis: PIPL_19 },
  oidc_tokens: { what: '第三方服務的存取令牌與更新令牌', period: '失效後30天', from: '令牌失效之時', basis: PIPL_19 },
  oidc_qr_sessions: {
    what: '掃描二維碼登入第三方服務的記錄（服務的請求、您的決定）',
    period: '1天',
    from: '二維碼失效之時（3分鐘內有效）',
    basis: PIPL_19,
  },
  linked_accounts: {
    what: '您關聯的外部帳號（如粵信簽）：平台與其帳號標識',
    period: '關聯期間',
    from: '—（解除關聯或註銷帳號時刪除）',
    basis: '《個人信息保護法》第十三條第一款第二項：用關聯帳號登入所必需；《個人資料保護政策》第7.1條',
  },
  link_states: {
    what: '進行中的帳號關聯或關聯帳號登入（一次性校驗值）',
    period: '1天',
    from: '請求失效之時（10分鐘內有效）',
    basis: PIPL_19,
  },
  announcements: {
    what: '系統維護與服務變更公告',
    period: '公告結束後1年',
    from: '公告結束之時',
    basis: `${PIPL_19}；公告不含個人資料，保留1年以便答覆對公告的查詢`,
  },
  'storage-uploads': {
    what: '您上載、尚未經檢查的檔案',
    period: '1天',
    from: '開始上載之時',
    basis: `${PIPL_19}：檢查通過即轉存並刪除，未完成的上載1天後刪除`,
  },
  'storage-files': {
    what: '經檢查保存的檔案（申請材料、反饋照片與語音、辦理結果、第三方服務圖示）',
    period: '隨使用它的記錄保存（辦件材料30年，反饋3年；第三方服務圖示在該服務登記期間保存，更換時刪除舊圖示）',
    from: '所屬記錄的起算時間',
    basis: `申請材料與結果：${ARCHIVES}；反饋附件：《個人資料保護政策》第6.2條；第三方服務圖示不含個人資料`,
  },
};
