import type { ActionCopy } from '../platform/confirm-action';

const CANCEL = '取消';

/**
 * The confirmations asked before destructive or mass actions, and the toast after each succeeds
 * (WeChat shows a success toast's title in at most 7 characters). Simplified Chinese; a zh-MO
 * catalog must match this shape.
 */
export const zhCNActions = {
  deleteMessage: {
    title: '删除这条消息？',
    content: '删除后无法恢复。',
    confirmText: '删除',
    cancelText: CANCEL,
    destructive: true,
    done: '已删除',
  },
  deleteFeedback: {
    title: '删除这条反馈？',
    content: '反馈及其照片、语音将一并删除，无法恢复。',
    confirmText: '删除',
    cancelText: CANCEL,
    destructive: true,
    done: '已删除',
  },
  signOut: {
    title: '退出登录？',
    content: '退出后需要重新登录才能办理业务。',
    confirmText: '退出',
    cancelText: CANCEL,
    destructive: true,
    done: '已退出登录',
  },
  requestCancellation: {
    title: '申请注销账号？',
    content: '冷静期结束后账号将被注销，期间重新登录即撤回申请。',
    confirmText: '申请注销',
    cancelText: CANCEL,
    destructive: true,
    done: '已提交申请',
  },
  withdrawRequest: {
    title: '撤回这项申请？',
    content: '撤回后需要重新提交申请。',
    confirmText: '撤回',
    cancelText: CANCEL,
    destructive: true,
    done: '已撤回',
  },
  approve: {
    title: '确认通过？',
    content: '通过后将通知申请人，且不能撤销。',
    confirmText: '通过',
    cancelText: CANCEL,
    done: '已通过',
  },
  reject: {
    title: '确认不通过？',
    content: '不通过后将通知申请人，且不能撤销。',
    confirmText: '不通过',
    cancelText: CANCEL,
    destructive: true,
    done: '已处理',
  },
  decide: {
    title: '确认办理？',
    content: '办理结果将通知申请人。',
    confirmText: '确认',
    cancelText: CANCEL,
    done: '已办理',
  },
  pushToAll: {
    title: '推送给全部用户？',
    content: '消息将发送给所有订阅的用户，发出后不能撤回。',
    confirmText: '推送',
    cancelText: CANCEL,
    destructive: true,
    done: '已推送',
  },
} satisfies Record<string, ActionCopy>;
