// Traditional Chinese in Macao wording: made from zh-CN-fields.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNFields } from './zh-CN-fields';

/** What each text field says before anything is typed (zh-CN-fields.ts), in Macao wording. */
export const zhMOFields: Catalog<typeof zhCNFields> = {
  push: {
    title: '例如：春節窗口時間調整',
    body: '發生了甚麼、對用戶有何影響',
    account: '輸入用戶的帳號名',
    accounts: '多個帳號名用逗號或空格分隔',
    matter: '輸入事項編碼',
    document: '輸入協議標識',
    version: '例如：2.0',
    starts: '例如：2027-01-10 22:00',
    ends: '例如：2027-01-11 06:00',
  },
  apply: {
    contact: '辦理人的姓名',
    mobile: '手提電話號碼',
    address: '省、市、區和詳細地址',
    text: '請輸入',
    number: '請輸入數字',
    amount: '請輸入金額',
    uscc: '18 位統一社會信用代碼',
  },
  request: { commentLabel: '補充說明（選填）', comment: '向工作人員說明補交的資料' },
  enterprise: {
    uscc: '18 位統一社會信用代碼',
    name: '與營業執照一致的企業名稱',
    representative: '法定代表人姓名',
    documentNumber: '法定代表人的證件號碼',
    revokeReason: '寫明撤銷原因，將告知申請人',
  },
  report: { target: '要舉報的內容或帳號', text: '簡要說明發生了甚麼（選填）' },
  feedback: { label: '意見內容' },
  rights: {
    password: '輸入登入密碼，確認是本人操作',
    realName: '與證件一致的姓名',
    documentNumber: '證件上的號碼',
    reason: '簡要說明理由',
    what: '寫明要刪除哪些資料',
    question: '寫下您想了解的問題',
  },
  staff: {
    comment: '寫給申請人的意見',
    tracking: '速遞單號',
    grantLabel: '審核意見（選填）',
    grant: '寫給申請企業的意見',
    replyLabel: '答覆',
    noteLabel: '處理說明',
    reasonLabel: '原因',
    untilLabel: '暫停截止日期',
    accountName: '輸入要查找的帳號名',
    actor: '操作人的帳號名',
    subject: '被查詢個人的帳號名',
    privacyReply: '寫明處理結果或不予辦理的理由',
  },
};
