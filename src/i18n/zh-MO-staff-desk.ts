// Traditional Chinese in Macao wording: made from zh-CN-staff-desk.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNStaffDesk } from './zh-CN-staff-desk';
import type { Role } from '../../cloudfunctions/lib/contract/account';
import type { PrivacyRequestStatus } from '../../cloudfunctions/lib/contract/privacy';

/** The staff subpackage's account and privacy-request screens, in Simplified Chinese. */
export const zhMOStaffDesk: Catalog<typeof zhCNStaffDesk> = {
  desk: {
    loading: '正在讀取您的工作權限…',
    signIn: '登入',
    roles: '您的角色：',
    none: '您的帳號暫無工作人員權限。如需開通，請聯絡管理員。',
    entries: {
      queue: { title: '辦件隊列', purpose: '按事項和狀態查看申請，受理、補正、審批和送達' },
      grants: { title: '代理授權審核', purpose: '核驗授權材料，批准或不予批准企業代理人' },
      push: { title: '訊息推送', purpose: '向指定人群發送通知，查看發送進度' },
      accounts: { title: '帳號管理', purpose: '查找帳號，設定帳號狀態和角色' },
      privacyRequests: { title: '個人資料申請', purpose: '處理更正、刪除和諮詢申請（15個工作日內答覆）' },
      audit: { title: '審計日誌', purpose: '核驗審計鏈，按人員、操作和時間查看記錄與異常提示' },
      feedback: { title: '意見反饋與投訴', purpose: '按答覆期限處理反饋：分配、答覆、結案（15個工作日內答覆）' },
      identityReviews: { title: '實名核驗審核', purpose: '核對港澳台居民和外國人的證件照片，完成實名核驗（二級）' },
      oidcClients: { title: '第三方服務登記', purpose: '登記可用琴易辦帳號登入的服務及其協議，停用服務' },
      reports: { title: '舉報處理', purpose: '核查舉報，警告、刪除內容或限制帳號，並告知舉報人' },
    },
    approvals: {
      title: '待批准（兩名管理員）',
      grant: '為 {account} 授予角色：{roles}',
      proposedBy: '提議人 {name}，{at}，{until} 前未批准即失效',
      mine: '您本人提出或與您本人有關，須由另一位管理員批准',
      approve: '批准',
      reject: '駁回',
      confirmApprove: {
        title: '批准授予角色',
        content: '批准後角色立即生效，提議人將收到通知。',
        confirmText: '批准',
        cancelText: '取消',
        done: '已批准',
      },
      confirmReject: {
        title: '駁回授予角色',
        content: '駁回後角色不變，提議人將收到通知。',
        confirmText: '駁回',
        cancelText: '取消',
        done: '已駁回',
      },
    },
    publishNote: '發佈協議新版本：由協議發佈人員在發佈工具中完成，本頁不提供發佈操作。',
  },
  accounts: {
    title: '帳號管理',
    accountName: '帳號名',
    find: '查找',
    realName: '姓名',
    status: '狀態',
    reason: '原因',
    until: '截止',
    roles: '角色',
    setStatus: '設定帳號狀態',
    newState: '新狀態',
    reasonPlaceholder: '原因（將告知用戶）',
    untilPlaceholder: '暫停截止日期 YYYY-MM-DD',
    saveStatus: '保存狀態',
    setRoles: '設定角色（僅管理員）',
    saveRoles: '保存角色',
    proposed: '已提交，須另一位管理員在24小時內批准後生效',
    saved: '已保存',
    roleNames: {
      user: '用戶',
      staff: '工作人員',
      admin: '管理員',
      reviewer: '審核人員',
      pusher: '推送人員',
      publisher: '協議發佈人員',
    } satisfies Record<Role, string>,
  },
  requests: {
    title: '個人資料申請',
    filters: { open: '待處理', approved: '已辦理', refused: '未予辦理', cancelled: '已撤回' } satisfies Record<
      PrivacyRequestStatus,
      string
    >,
    empty: '沒有申請',
    overdue: '已逾期',
    due: '截止',
    current: '當前登記',
    proposed: '申請更正為',
    reveal: '顯示完整資料（將記錄查看日誌）',
    revealed: '完整資料（已記錄查看）',
    reply: '答覆（不予辦理時請寫明理由）',
    approve: '辦理',
    refuse: '不予辦理',
    decided: '已處理',
    back: '返回列表',
  },
};
