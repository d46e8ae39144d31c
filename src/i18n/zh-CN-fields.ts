/**
 * What each text field of the service, feedback, rights and staff screens says before anything is
 * typed (its placeholder), and the labels of fields that had none. Simplified Chinese; the other
 * catalogs must match this shape.
 */
export const zhCNFields = {
  push: {
    title: '例如：春节窗口时间调整',
    body: '发生了什么、对用户有何影响',
    account: '输入用户的账号名',
    accounts: '多个账号名用逗号或空格分隔',
    matter: '输入事项编码',
    document: '输入协议标识',
    version: '例如：2.0',
    starts: '例如：2027-01-10 22:00',
    ends: '例如：2027-01-11 06:00',
  },
  apply: {
    contact: '办理人的姓名',
    mobile: '手机号码',
    address: '省、市、区和详细地址',
    text: '请输入',
    number: '请输入数字',
    amount: '请输入金额',
    uscc: '18 位统一社会信用代码',
  },
  request: { commentLabel: '补充说明（选填）', comment: '向工作人员说明补交的材料' },
  enterprise: {
    uscc: '18 位统一社会信用代码',
    name: '与营业执照一致的企业名称',
    representative: '法定代表人姓名',
    documentNumber: '法定代表人的证件号码',
    revokeReason: '写明撤销原因，将告知申请人',
  },
  report: { target: '要举报的内容或账号', text: '简要说明发生了什么（选填）' },
  feedback: { label: '反馈内容' },
  rights: {
    password: '输入登录密码，确认是本人操作',
    realName: '与证件一致的姓名',
    documentNumber: '证件上的号码',
    reason: '简要说明理由',
    what: '写明要删除哪些信息',
    question: '写下您想了解的问题',
  },
  staff: {
    comment: '写给申请人的意见',
    tracking: '快递单号',
    grantLabel: '审核意见（选填）',
    grant: '写给申请企业的意见',
    replyLabel: '答复',
    noteLabel: '处理说明',
    reasonLabel: '原因',
    untilLabel: '暂停截止日期',
    accountName: '输入要查找的账号名',
    actor: '操作人的账号名',
    subject: '被查询个人的账号名',
    privacyReply: '写明处理结果或不予办理的理由',
  },
} as const;
