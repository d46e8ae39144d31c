// Traditional Chinese in Macao wording: made from zh-CN-actions.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNActions } from './zh-CN-actions';
import type { ActionCopy } from '../platform/confirm-action';

const CANCEL = '取消';

/**
 * The confirmations asked before destructive or mass actions, and the toast after each succeeds
 * (WeChat shows a success toast's title in at most 7 characters). Simplified Chinese; a zh-MO
 * catalog must match this shape.
 */
export const zhMOActions: Catalog<typeof zhCNActions> = {
  deleteMessage: {
    title: '刪除這條訊息？',
    content: '刪除後無法恢復。',
    confirmText: '刪除',
    cancelText: CANCEL,
    destructive: true,
    done: '已刪除',
  },
  deleteFeedback: {
    title: '刪除這條反饋？',
    content: '反饋及其照片、語音將一併刪除，無法恢復。',
    confirmText: '刪除',
    cancelText: CANCEL,
    destructive: true,
    done: '已刪除',
  },
  signOut: {
    title: '退出登入？',
    content: '退出後需要重新登入才能辦理業務。',
    confirmText: '退出',
    cancelText: CANCEL,
    destructive: true,
    done: '已退出登入',
  },
  requestCancellation: {
    title: '申請註銷帳號？',
    content: '冷靜期結束後帳號將被註銷，期間重新登入即撤回申請。',
    confirmText: '申請註銷',
    cancelText: CANCEL,
    destructive: true,
    done: '已提交申請',
  },
  withdrawRequest: {
    title: '撤回這項申請？',
    content: '撤回後需要重新提交申請。',
    confirmText: '撤回',
    cancelText: CANCEL,
    destructive: true,
    done: '已撤回',
  },
  approve: {
    title: '確認通過？',
    content: '通過後將通知申請人，且不能撤銷。',
    confirmText: '通過',
    cancelText: CANCEL,
    done: '已通過',
  },
  reject: {
    title: '確認不通過？',
    content: '不通過後將通知申請人，且不能撤銷。',
    confirmText: '不通過',
    cancelText: CANCEL,
    destructive: true,
    done: '已處理',
  },
  decide: {
    title: '確認辦理？',
    content: '辦理結果將通知申請人。',
    confirmText: '確認',
    cancelText: CANCEL,
    done: '已辦理',
  },
  pushToAll: {
    title: '推送給全部用戶？',
    content: '訊息將發送給所有訂閱的用戶，發出後不能撤回。',
    confirmText: '推送',
    cancelText: CANCEL,
    destructive: true,
    done: '已推送',
  },
} satisfies Record<string, ActionCopy>;
