// Traditional Chinese in Macao wording, from zh-CN-oidc-clients.ts, reviewed by hand.
import type { OidcScopeName } from '../../cloudfunctions/lib/contract/oidc';
import type { Catalog } from './catalog';
import type { zhCNOidcClients } from './zh-CN-oidc-clients';

export const zhMOOidcClients: Catalog<typeof zhCNOidcClients> = {
  intro: '登記可使用琴易辦帳號登入的第三方服務。每個服務須提供其自己的用戶協議和隱私政策，用戶授權前會看到。',
  listTitle: '已登記的服務',
  empty: '尚未登記任何服務。',
  clientId: '服務編號',
  redirectUris: '回調地址',
  miniPrograms: '小程序 AppID',
  scopes: '可申請的資料',
  /** Between a label and its value, and between the items of a list, as this language writes them. */
  colon: '：',
  listSeparator: '、',
  createdAt: '登記時間',
  disabledAt: '已停用',
  active: '使用中',
  disable: '停用',
  confirmDisable: {
    title: '停用該服務',
    content: '停用後，該服務不能再發起登入、換取或更新令牌，也不能再讀取用戶資料。此操作不可撤銷。',
    confirmText: '停用',
    cancelText: '取消',
    done: '已停用',
  },
  logo: '圖示',
  logoHint:
    '選填：PNG 或 JPEG 圖片，不超過 200 KB，建議正方形。圖示保存在琴易辦自己的儲存空間中，授權頁不會從該服務的伺服器載入。',
  chooseLogo: '選擇圖片',
  logoChosen: '已選擇圖示',
  changeLogo: '更換圖示',
  logoChanged: '圖示已更換',
  noLogo: '未設定圖示',
  logoUnusable: '這張圖片無法使用，請換一張 PNG 或 JPEG 圖片',
  addTitle: '登記新服務',
  name: '服務名稱',
  namePlaceholder: '如「橫琴示例服務」',
  redirectPlaceholder: '每行一個，須為 https 地址，如 https://svc.example.com/callback',
  miniProgramsPlaceholder: '選填：該服務自己的小程序 AppID，每行一個',
  termsUrl: '該服務的用戶協議地址',
  privacyUrl: '該服務的隱私政策地址',
  urlPlaceholder: 'https:// 開頭的完整地址',
  scopeNames: {
    openid: '登入標識（必選）',
    profile: '帳號名與遮蓋姓名',
    phone: '遮蓋的手機號碼',
    real_name: '實名與認證等級',
    enterprise: '企業資料',
  } satisfies Record<OidcScopeName, string>,
  add: '登記',
  missing: '請填寫服務名稱、至少一個回調地址，以及用戶協議和隱私政策地址',
  added: '已登記',
  secretTitle: '請立即保存以下憑據',
  secretNote: '服務密鑰只顯示這一次，琴易辦只保存其摘要。請透過安全渠道交給該服務的營運者；遺失後須停用並重新登記。',
  secret: '服務密鑰',
  secretDone: '我已保存',
};
