/**
 * The staff push page's strings (packages/staff), in Simplified Chinese. Kept apart from zh-CN.ts
 * so they ship in the staff subpackage, not in the (full) main package.
 */
export const zhCNPush = {
  title: '推送通知',
  intro: '每条推送都会进入收件人的站内消息；微信订阅消息、短信和邮件按收件人的授权和设置发送。每次推送均记入审计日志。',
  titleLabel: '标题（40字以内）',
  bodyLabel: '正文（500字以内）',
  kindLabel: '通知类型',
  kinds: { 'staff.push': '服务通知', maintenance: '系统维护', 'policy.published': '协议与政策更新' },
  audienceLabel: '推送范围',
  audiences: { person: '指定用户', matter: '某事项的申请人', policy: '同意某协议版本的用户', everyone: '全部用户' },
  accountName: '用户账号名',
  matterCode: '事项编码',
  policyDocument: '协议（user-agreement 或 privacy-policy）',
  policyVersion: '版本号',
  create: '生成预览',
  audienceSize: (n: number) => `将推送给 ${n} 人`,
  previewWechat: '微信订阅消息预览',
  send: '确认发送',
  progress: (done: number, total: number) => `已处理 ${done} / ${total}`,
  counts: (sent: number, skipped: number, failed: number) => `已发送 ${sent} · 跳过 ${skipped} · 失败 ${failed}`,
  finished: '推送完成',
  forbidden: '仅推送人员和管理员可以推送通知。',
  signIn: '去登录',
};
