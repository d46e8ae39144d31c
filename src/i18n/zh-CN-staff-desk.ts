import type { Role } from '../../cloudfunctions/lib/contract/account';
import type { PrivacyRequestStatus } from '../../cloudfunctions/lib/contract/privacy';

/** The staff subpackage's account and privacy-request screens, in Simplified Chinese. */
export const zhCNStaffDesk = {
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
