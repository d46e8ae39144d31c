// Traditional Chinese in Macao wording: made from zh-CN-inbox.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNInbox } from './zh-CN-inbox';
import type { Channel, NoticeKindName } from '../../cloudfunctions/lib/contract/notify';

/**
 * The inbox subpackage's strings (messages, notice preferences, subscribing), in Simplified
 * Chinese. Kept apart from zh-CN.ts so they ship in that subpackage, not in the (full) main package.
 */
export const zhMOInbox: Catalog<typeof zhCNInbox> = {
  title: '我的訊息',
  empty: '暫無訊息',
  unread: (n: number) => `${n} 條未讀`,
  markAllRead: '全部標為已讀',
  delete: '刪除',
  open: '查看詳情',
  report: '舉報',
  more: '載入更多',
  signInFirst: '登入後可查看您的訊息。',
  signIn: '去登入',
  toPreferences: '通知設定',
  preferencesTitle: '通知設定',
  preferencesIntro: '站內訊息始終保留在“我的訊息”中。您可以選擇還通過哪些渠道接收各類通知。',
  lockedNote:
    '帳號安全、安全事件、協議更新、帳號狀態、系統維護和服務變更通知關係到您的權益和帳號安全，依照用戶協議不能關閉。',
  locked: '不可關閉',
  on: '開',
  off: '關',
  noAddress: '未留聯絡方式',
  kinds: {
    'request.status': '辦理進度',
    'agent.grant': '代辦授權',
    'policy.published': '協議與政策更新',
    'account.security': '帳號安全提醒',
    'account.status': '帳號狀態變更',
    maintenance: '系統維護',
    'service.change': '服務變更公告',
    'security.incident': '安全事件通知',
    'staff.push': '服務通知',
    'privacy.request': '個人資料申請答覆',
  } satisfies Record<NoticeKindName, string>,
  channels: { wechat: '微信訂閱訊息', sms: '短訊', email: '電郵' } satisfies Record<Channel, string>,
  subscribeTitle: '微信訂閱訊息',
  subscribeIntro: '微信要求每次由您點按授權：每授權一次，我們可向您發送一條對應的訂閱訊息。',
  subscribe: '接收微信訂閱訊息',
  subscribeLongTerm: '接收長期服務通知',
  subscribeLongTermIntro: '部分服務通知為長期訂閱：授權一次即可，無需每次點按。微信要求與單次訂閱分開授權。',
  remaining: (n: number | null) => (n === null ? '長期有效' : `剩餘 ${n} 次`),
  subscribed: '已記錄您的選擇',
  subscribeUnavailable: '當前環境不支援訂閱訊息',
};
