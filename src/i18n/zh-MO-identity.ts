// Traditional Chinese in Macao wording: made from zh-CN-identity.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNIdentity } from './zh-CN-identity';
/**
 * The real-name check screens' strings (issue 15: assurance levels), in Traditional Chinese (Macao): the
 * person's 實名核驗 page, the staff queue of document checks, the admin's closing of an
 * impersonating account and the register page's document claim. Kept apart from zh-CN.ts so they
 * ship in the subpackages that use them.
 */
export const zhMOIdentity: Catalog<typeof zhCNIdentity> = {
  title: '實名核驗',
  intro: '部分事項、企業登記和經辦人授權需要先完成實名核驗（二級）。',
  current: (level: string) => `當前實名認證等級：${level}`,
  verified: '您已完成實名核驗，可以辦理需要實名核驗的事項。',
  faceRoute: '您登記的是內地居民身份證，可通過微信人臉核驗完成實名核驗。',
  toFace: '進行人臉核驗',
  photoRoute:
    '微信人臉核驗只支援內地居民身份證。請拍攝您登記的證件（人像和號碼清晰、無遮擋）並提交，由工作人員核對姓名和號碼；核驗完成後照片即刪除。',
  takePhoto: '拍攝證件照片',
  pickPhoto: '從相簿選擇',
  photoChosen: (name: string) => `已選擇：${name}`,
  submit: '提交工作人員核驗',
  pending: (time: string) => `已於 ${time} 提交，正在等待工作人員核驗。核驗結果會通過「我的訊息」通知您。`,
  approved: '工作人員已核驗您的證件，實名核驗已通過。',
  refused: (reason: string) => `實名核驗未通過：${reason}。請按說明重新拍攝後提交。`,
  refusedNoReason: '實名核驗未通過，請重新拍攝後提交。',
  signedOut: '請先登入後再進行實名核驗。',
  toProfile: '返回我的帳號',
  /** The profile's link here. */
  entry: '去實名核驗',
  staff: {
    title: '實名核驗審核',
    entry: '實名核驗審核',
    intro: '打開一項即由您負責：只有您能看到證件照片並作出決定，決定後照片立即刪除。',
    empty: '暫無待核驗的證件',
    submittedAt: '提交於',
    taken: '已有工作人員處理',
    open: '打開核驗',
    realName: '登記姓名',
    documentNumber: '登記證件號碼',
    noPhoto: '照片不可用',
    photo: '申請人提交的證件照片',
    comment: '說明（不通過時必填，會告知申請人）',
    commentPlaceholder: '例如：照片模糊，號碼無法辨認',
    approve: '核驗通過',
    refuse: '不通過',
    commentRequired: '不通過時請填寫說明',
    back: '返回列表',
  },
  confirmApprove: {
    title: '確認核驗通過？',
    content: '請確認照片中的姓名和號碼與登記資料一致。通過後該帳號即為二級實名，照片將刪除。',
    confirmText: '通過',
    cancelText: '再看看',
    done: '已核驗通過',
  },
  confirmRefuse: {
    title: '確認不通過？',
    content: '申請人會收到您填寫的說明，照片將刪除，申請人可重新提交。',
    confirmText: '不通過',
    cancelText: '再看看',
    done: '已告知申請人',
  },
  impersonator: {
    title: '註銷冒用證件的帳號',
    intro: '僅用於證件所有人已認領、或在窗口證明該帳號冒用其證件的情形。註銷後證件釋放，所有人可註冊。',
    reason: '註銷原因（會記入審計並告知該帳號）',
    submit: '註銷此帳號',
  },
  confirmClose: {
    title: '確認註銷該帳號？',
    content: '帳號將被註銷，個人資料刪除或匿名化，無法恢復。',
    confirmText: '註銷',
    cancelText: '取消',
    done: '帳號已註銷',
  },
  claim: {
    offer: '這是我的證件，我要認領',
    explain:
      '該證件已被另一個帳號登記。如果證件是您本人的，可以認領：您的帳號先註冊成功，但暫不關聯該證件；完成實名核驗（內地居民身份證用人臉核驗，其他證件上載照片由工作人員核驗）後，證件歸您的帳號，另一個帳號被凍結並由工作人員核實註銷。',
    submit: '認領並註冊',
  },
};
