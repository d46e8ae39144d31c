// Traditional Chinese in Macao wording: made from zh-CN-rights.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNRights } from './zh-CN-rights';
import type {
  CorrectionField,
  ErasableData,
  PrivacyRequestKind,
  PrivacyRequestStatus,
} from '../../cloudfunctions/lib/contract/privacy';

/**
 * The rights page's strings (policy §8, PIPL arts. 44–47), in Simplified Chinese. Kept apart from
 * zh-CN.ts so they ship in the privacy and account subpackages, not in the (full) main package.
 */
export const zhMORights: Catalog<typeof zhCNRights> = {
  /** The privacy center's and the profile's links here. */
  entry: '查閱、更正、刪除我的個人資料',
  correctionEntry: '申請更正姓名或證件資料',
  /** The profile's links for staff (shown to the staff and admin roles only). */
  staffDeskEntry: '工作台',
  title: '我的個人資料權利',
  intro:
    '您可以取得您的個人資料副本，申請更正無法自行修改的註冊資料（姓名、證件），申請刪除違法或違約收集、使用的資料，或就個人資料問題向我們提問。提交前需再次輸入密碼驗證身份。我們將在15個工作日內答覆。',
  kinds: {
    correction: '更正註冊資料',
    deletion: '刪除個人資料',
    question: '個人資料問題',
  } satisfies Record<PrivacyRequestKind, string>,
  statuses: {
    open: '處理中',
    approved: '已辦理',
    refused: '未予辦理',
    cancelled: '已撤回',
  } satisfies Record<PrivacyRequestStatus, string>,
  answered: '已答覆',
  fields: { realName: '真實姓名', document: '證件' } satisfies Record<CorrectionField, string>,
  newRealName: '更正後的真實姓名（不更正請留空）',
  newDocument: '更正後的證件（不更正請留空）',
  reason: '更正原因',
  what: '希望刪除的資料',
  scope: '選擇要刪除的記錄（批准後即刪除，不可恢復）',
  scopeNames: {
    feedback: '意見反饋及其照片、語音',
    uploads: '上載的文件（已隨申請提交的材料除外）',
    messages: '訊息中心的訊息',
    sessions: '登入記錄',
    'notice-settings': '通知設定與訂閱訊息授權',
  } satisfies Record<ErasableData, string>,
  erased: '已刪除：',
  erasedCount: (records: number, files: number) => `${records} 條記錄${files > 0 ? `，${files} 個文件` : ''}`,
  kept: '依法保留的資料：',
  keptNote: '以下資料依照法律規定保留，不因本次申請刪除：',
  whyDelete: '刪除原因（例如違反法律法規或雙方約定收集、使用）',
  question: '您的問題',
  password: '輸入密碼驗證身份',
  submit: '提交申請',
  submitted: '申請已提交，我們將在截止日期前答覆。',
  mine: '我的申請',
  none: '暫無申請',
  due: (date: string, confirmed: boolean) => `答覆截止 ${date}${confirmed ? '' : '（按預計節假日計算）'}`,
  filedAt: '提交於',
  reply: '答覆：',
  cancel: '撤回申請',
  copyTitle: '取得我的個人資料副本',
  copyIntro: '副本包含我們保存的您的全部個人資料（不隱藏），僅向您本人顯示。請在安全的環境下查看。',
  copyGet: '取得副本',
  copyHide: '收起副本',
  copy: {
    generatedAt: '生成時間',
    account: '帳號資料',
    accountName: '帳號',
    realName: '真實姓名',
    document: '證件',
    birthDate: '出生日期',
    mobile: '手機號碼',
    address: '通訊地址',
    contact: '聯絡方式',
    verification: '實名認證',
    status: '帳號狀態',
    roles: '角色',
    createdAt: '註冊時間',
    passwordChangedAt: '密碼修改時間',
    agreements: '註冊時同意的協議',
    wechat: '綁定的微信',
    openid: '微信用戶標識',
    consents: '同意記錄',
    sessions: '登入記錄',
    requests: '個人資料申請',
    counts: '其他記錄',
    messages: (n: number, unread: number) => `站內訊息 ${n} 條（未讀 ${unread} 條）`,
    feedback: (n: number) => `意見反饋 ${n} 條`,
    files: (n: number) => `上載文件 ${n} 個`,
    serviceRequests: (n: number) => `辦事申請 ${n} 件`,
    grant: '同意',
    withdraw: '撤回',
    live: '有效',
    notSet: '未填寫',
  },
};
