import type { Role } from '../../cloudfunctions/lib/contract/account';
import type { PrivacyRequestStatus } from '../../cloudfunctions/lib/contract/privacy';

/** The staff subpackage's account and privacy-request screens, in Simplified Chinese. */
export const zhCNStaffDesk = {
  desk: {
    loading: '正在读取您的工作权限…',
    signIn: '登录',
    roles: '您的角色：',
    none: '您的账号暂无工作人员权限。如需开通，请联系管理员。',
    entries: {
      queue: { title: '办件队列', purpose: '按事项和状态查看申请，受理、补正、审批和送达' },
      grants: { title: '代理授权审核', purpose: '核验授权材料，批准或不予批准企业代理人' },
      push: { title: '消息推送', purpose: '向指定人群发送通知，查看发送进度' },
      accounts: { title: '账号管理', purpose: '查找账号，设置账号状态和角色' },
      privacyRequests: { title: '个人信息申请', purpose: '处理更正、删除和咨询申请（15个工作日内答复）' },
      audit: { title: '审计日志', purpose: '核验审计链，按人员、操作和时间查看记录与异常提示' },
      feedback: { title: '意见反馈与投诉', purpose: '按答复期限处理反馈：分配、答复、结案（15个工作日内答复）' },
      identityReviews: { title: '实名核验审核', purpose: '核对港澳台居民和外国人的证件照片，完成实名核验（二级）' },
      reports: { title: '举报处理', purpose: '核查举报，警告、删除内容或限制账号，并告知举报人' },
    },
    publishNote: '发布协议新版本：由协议发布人员在发布工具中完成，本页不提供发布操作。',
  },
  accounts: {
    title: '账号管理',
    accountName: '账号名',
    find: '查找',
    realName: '姓名',
    status: '状态',
    reason: '原因',
    until: '截止',
    roles: '角色',
    setStatus: '设置账号状态',
    newState: '新状态',
    reasonPlaceholder: '原因（将告知用户）',
    untilPlaceholder: '暂停截止日期 YYYY-MM-DD',
    saveStatus: '保存状态',
    setRoles: '设置角色（仅管理员）',
    saveRoles: '保存角色',
    saved: '已保存',
    roleNames: {
      user: '用户',
      staff: '工作人员',
      admin: '管理员',
      reviewer: '审核人员',
      pusher: '推送人员',
      publisher: '协议发布人员',
    } satisfies Record<Role, string>,
  },
  requests: {
    title: '个人信息申请',
    filters: { open: '待处理', approved: '已办理', refused: '未予办理', cancelled: '已撤回' } satisfies Record<
      PrivacyRequestStatus,
      string
    >,
    empty: '没有申请',
    overdue: '已逾期',
    due: '截止',
    current: '当前登记',
    proposed: '申请更正为',
    reveal: '显示完整信息（将记录查看日志）',
    revealed: '完整信息（已记录查看）',
    reply: '答复（不予办理时请写明理由）',
    approve: '办理',
    refuse: '不予办理',
    decided: '已处理',
    back: '返回列表',
  },
};
