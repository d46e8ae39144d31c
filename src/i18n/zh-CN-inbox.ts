import type { Channel, NoticeKindName } from '../../cloudfunctions/lib/contract/notify';

/**
 * The inbox subpackage's strings (messages, notice preferences, subscribing), in Simplified
 * Chinese. Kept apart from zh-CN.ts so they ship in that subpackage, not in the (full) main package.
 */
export const zhCNInbox = {
  title: '我的消息',
  empty: '暂无消息',
  unread: (n: number) => `${n} 条未读`,
  markAllRead: '全部标为已读',
  delete: '删除',
  open: '查看详情',
  report: '举报',
  more: '加载更多',
  signInFirst: '登录后可查看您的消息。',
  signIn: '去登录',
  toPreferences: '通知设置',
  preferencesTitle: '通知设置',
  preferencesIntro: '站内消息始终保留在“我的消息”中。您可以选择还通过哪些渠道接收各类通知。',
  lockedNote:
    '账号安全、安全事件、协议更新、账号状态、系统维护和服务变更通知关系到您的权益和账号安全，依照用户协议不能关闭。',
  locked: '不可关闭',
  on: '开',
  off: '关',
  noAddress: '未留联系方式',
  kinds: {
    'request.status': '办理进度',
    'agent.grant': '代办授权',
    'policy.published': '协议与政策更新',
    'account.security': '账号安全提醒',
    'account.status': '账号状态变更',
    maintenance: '系统维护',
    'service.change': '服务变更公告',
    'security.incident': '安全事件通知',
    'staff.push': '服务通知',
    'privacy.request': '个人信息申请答复',
  } satisfies Record<NoticeKindName, string>,
  channels: { wechat: '微信订阅消息', sms: '短信', email: '电子邮件' } satisfies Record<Channel, string>,
  subscribeTitle: '微信订阅消息',
  subscribeIntro: '微信要求每次由您点按授权：每授权一次，我们可向您发送一条对应的订阅消息。',
  subscribe: '接收微信订阅消息',
  subscribeLongTerm: '接收长期服务通知',
  subscribeLongTermIntro: '部分服务通知为长期订阅：授权一次即可，无需每次点按。微信要求与单次订阅分开授权。',
  remaining: (n: number | null) => (n === null ? '长期有效' : `剩余 ${n} 次`),
  subscribed: '已记录您的选择',
  subscribeUnavailable: '当前环境不支持订阅消息',
};
