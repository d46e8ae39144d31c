import type { ReportKind, ReportOutcome, ReportReason } from '../../cloudfunctions/lib/contract/reports';
import type { ActionCopy } from '../platform/confirm-action';

const CANCEL = '取消';

/** Reports (举报) and the staff feedback and reports queues, in Simplified Chinese (categories and statuses: zh-CN-feedback.ts). */
export const zhCNReports = {
  kinds: { account: '账号', message: '消息', content: '上传的内容' } satisfies Record<ReportKind, string>,
  reasons: {
    illegal: '违法违规',
    fraud: '诈骗或冒充',
    harassment: '骚扰或辱骂',
    privacy: '泄露他人信息',
    compromised: '账号被盗用',
    other: '其他',
  } satisfies Record<ReportReason, string>,
  outcomes: {
    dismiss: '不予处理',
    warn: '警告',
    remove: '删除内容',
    restrict: '限制账号',
    freeze: '冻结账号',
  } satisfies Record<ReportOutcome, string>,
  entry: {
    link: '举报账号或内容',
    title: '举报',
    intro: '依据用户协议第5.9条，您可以举报违反协议的账号、消息或内容。我们核查后会在消息中心告知处理结果。',
    kind: '举报对象',
    target: { account: '账号名', message: '消息编号', content: '内容编号' } satisfies Record<ReportKind, string>,
    reason: '举报原因',
    text: '补充说明（选填）',
    submit: '提交举报',
    sent: '举报已提交，处理结果将通过消息中心告知您。',
    stolen: '我的账号被盗',
    stolenIntro:
      '账号被他人盗用、自己已无法登录？请填写被盗的账号名和您的联系方式，工作人员核实后会冻结该账号，并告知您处理结果。',
    contact: '联系方式',
    contactPlaceholder: '手机号码或电子邮箱',
    stolenSubmit: '提交被盗报告',
    stolenSent: '被盗报告已提交。工作人员核实后会冻结账号，并通过您留下的联系方式告知处理结果。',
  },
  feedbackQueue: {
    title: '意见反馈与投诉',
    empty: '暂无待处理的反馈。',
    escalated: '已逾期',
    due: '答复期限',
    guest: '访客',
    contact: '联系方式',
    assignee: '经办人',
    unassigned: '未分配',
    assign: '分配给我',
    reply: '答复',
    replyPlaceholder: '答复内容（将发送到对方消息中心）',
    close: '结案',
    unverified:
      '涉及个人信息的投诉须核验投诉人身份后才能答复：投诉人尚未完成人脸核验，也未经工作人员核验证件（注册时的证件信息核对不能确认是本人）。请联系投诉人在“我的账号”完成人脸核验，或由工作人员核验其证件。',
  },
  reportQueue: {
    title: '举报处理',
    empty: '暂无待处理的举报。',
    flagged: '紧急：账号疑似被盗用',
    notePlaceholder: '处理说明（警告、限制时告知对方）',
    noteRequired: '请先填写处理说明',
  },
  decideReport: {
    title: '确认处理这条举报？',
    content: '处理结果将告知举报人，并记入审计记录，提交后不能更改。',
    confirmText: '确认处理',
    cancelText: CANCEL,
    destructive: true,
    done: '已处理',
  } satisfies ActionCopy,
  closeFeedback: {
    title: '结案这条反馈？',
    content: '结案后不再出现在待处理队列中。',
    confirmText: '结案',
    cancelText: CANCEL,
    destructive: false,
    done: '已结案',
  } satisfies ActionCopy,
};
