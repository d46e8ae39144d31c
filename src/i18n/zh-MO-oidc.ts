// Traditional Chinese in Macao wording: made from zh-CN-oidc.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNOidc } from './zh-CN-oidc';
import type { OidcScopeName } from '../../cloudfunctions/lib/contract/oidc';

/**
 * The sign-in-to-other-services strings of zh-CN-oidc.ts in Traditional Chinese (Macao wording), kept apart from zh-CN.ts
 * so they ship in that subpackage.
 */
export const zhMOOidc: Catalog<typeof zhCNOidc> = {
  /** The privacy center's link to the list of authorized services. */
  entry: '已授權的第三方服務',
  consentTitle: '使用琴易辦帳號登入',
  asks: (service: string) => `“${service}”申請使用您的琴易辦帳號登入，並取得以下資料：`,
  scopes: {
    openid: '確認您是琴易辦的同一位用戶（不含姓名等資料；每個服務看到的標識各不相同）',
    profile: '您的帳號名與部分遮蓋的姓名',
    phone: '部分遮蓋的手機號碼',
    real_name: '您經核驗的真實姓名及實名認證等級',
    enterprise: '您擔任法定代表人或獲授權代辦的企業名稱與統一社會信用代碼',
  } satisfies Record<OidcScopeName, string>,
  theirTerms: '該服務由其營運者提供，並非琴易辦。請閱讀其自己的協議：',
  terms: '用戶協議',
  privacy: '隱私政策',
  accept: (service: string) => `我已閱讀並同意“${service}”的用戶協議和隱私政策`,
  approve: '同意授權',
  refuse: '拒絕',
  mustAccept: '請先勾選同意該服務的用戶協議和隱私政策',
  approved: '已授權。請回到該服務繼續。',
  refused: '已拒絕，該服務不會獲得您的任何資料。',
  loading: '正在讀取授權請求…',
  noRequest: '沒有待處理的授權請求。請從需要登入的服務重新發起。',
  revokeAnytime: '您可隨時在“隱私中心 → 已授權的第三方服務”中撤回授權。',
  listTitle: '已授權的第三方服務',
  listEmpty: '您還沒有授權任何服務使用琴易辦帳號登入。',
  received: '可取得：',
  grantedAt: '授權時間',
  lastIssuedAt: '最近一次取得',
  revokedAt: '已撤回於',
  revoke: '撤回授權',
  revokeConfirm: {
    title: '撤回授權',
    content: '撤回後，該服務持有的登入憑證立即失效，不能再取得您的資料。已取得的資料請向該服務要求刪除。',
    confirm: '撤回',
    cancel: '取消',
  },
  linkCopied: '連結已複製，請在瀏覽器中打開閱讀',
  revokedToast: '已撤回',
  signedOut: '請先登入琴易辦帳號。',
  scan: {
    button: '掃碼登入網頁服務',
    hint: '網頁服務顯示「用琴易辦掃碼登入」的二維碼時，點此掃碼，核對服務與所需資料後再授權。',
    notOurs: '這不是琴易辦的登入二維碼，請掃描網頁服務顯示的登入二維碼',
    failed: '未能掃碼，請重試',
  },
};
