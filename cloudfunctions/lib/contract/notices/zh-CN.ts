export { zhCNNoticeRoles, type NoticeRoleNames } from './role-names';

/**
 * What the server tells a person in the inbox, in Simplified Chinese (the source; zh-MO, en and
 * pt-PT translate it key by key). Each notice names its parameters and their kind: `text` is shown
 * as given (a matter name, a reason staff typed), `instant` is an ISO time written by the reader's
 * date formatter in Beijing time, `day` a calendar day (YYYY-MM-DD), `roles` role keys joined by
 * commas (`staff,admin`), written with the reader's role names (NoticeRoleNames). `{name}` puts a parameter in;
 * `[…]` is kept only when every parameter inside it has a value (an optional staff note).
 * The keys are stored with each message: rename one only with a fallback for the old messages.
 */
const HOTLINE = '如有异议，请拨打服务热线 0756-8841889。';
const REQUEST = { matter: 'text', number: 'text', comment: 'text' } as const;
const requestStatus = (status: string) => ({
  params: REQUEST,
  title: `{matter}：${status}`,
  body: `您的申请（编号 {number}）${status}。[说明：{comment}]`,
});
const accountStatus = (title: string) => ({
  params: { reason: 'text', until: 'instant' } as const,
  title,
  body: `原因：{reason}[，至 {until}]。${HOTLINE}`,
});
const rolesProposal = (outcome: string) => ({
  params: { account: 'text', roles: 'roles', reason: 'text' } as const,
  title: `角色授予提议${outcome}`,
  body: `您提议为账号 {account} 授予“{roles}”角色，${outcome}。[说明：{reason}]`,
});
const pushProposal = (outcome: string) => ({
  params: { title: 'text', reason: 'text' } as const,
  title: `全员推送提议${outcome}`,
  body: `您提议向全体用户推送“{title}”，${outcome}。[说明：{reason}]`,
});
const privacyAnswer = (title: string) => ({ params: { reply: 'text' } as const, title, body: '{reply}' });
const auditAnomaly = (rule: string) => ({
  params: { staff: 'text', caller: 'text', windowStart: 'instant', count: 'text', limit: 'text' } as const,
  title: '审计提示：操作异常',
  body: `[工作人员 {staff}][未登录的调用方 {caller}] 在 {windowStart} 起的一小时内${rule}涉及 {count} 人，超过 {limit} 人的提示线。请在审计日志中核查。`,
});
const reportDecided = (body: string) => ({ params: {} as const, title: '您的举报已处理', body });
const reported = (title: string) => ({ params: { note: 'text' } as const, title, body: `原因：{note}。${HOTLINE}` });

export const zhCNNotices = {
  'security.password-changed': {
    params: {},
    title: '密码已修改',
    body: '您的琴易办账号密码已修改，所有设备已退出登录。如非本人操作，请立即联系服务热线。',
  },
  'security.sign-in-elsewhere': {
    params: { time: 'instant' },
    title: '账号登录提醒',
    body: '{time}，有人在另一个微信中使用正确的密码尝试登录您的琴易办账号，已被拒绝。如非本人操作，请立即修改密码。',
  },
  'security.password-attempts': {
    params: { time: 'instant' },
    title: '账号安全提醒',
    body: '{time}前后，有人在其他微信中多次用错误的密码尝试登录您的琴易办账号，已被暂时阻止。您本人的微信不受影响；如担心密码泄露，请修改密码。',
  },
  'security.account-frozen': {
    params: { time: 'instant' },
    title: '账号已冻结',
    body: '{time}，您在绑定的微信中报告账号被盗，账号已冻结，所有登录已退出。解冻请在本微信中完成人脸核验，或携本人证件到服务窗口办理。',
  },
  'security.account-unfrozen': {
    params: { time: 'instant' },
    title: '账号已解冻',
    body: '{time}，您通过人脸核验解冻了账号。建议立即修改密码。',
  },
  'security.rebound': {
    params: {},
    title: '账号已更换绑定微信',
    body: '您已通过人脸核验将琴易办账号绑定到新的微信，原微信已无法登录。如非本人操作，请立即联系服务热线。',
  },
  'account.cancellation-requested': {
    params: { effectiveAt: 'instant' },
    title: '注销申请已提交',
    body: '您的账号将于 {effectiveAt} 注销，届时个人信息将被删除或匿名化。在此之前登录即可撤销申请。',
  },
  'account.cancellation-withdrawn': {
    params: {},
    title: '注销申请已撤销',
    body: '您在冷静期内登录了账号，注销申请已自动撤销，账号继续有效。',
  },
  'account.claim-frozen': {
    params: {},
    title: '账号已冻结',
    body: `该证件已由其本人核验认领，本账号已冻结，请携本人证件到服务窗口说明情况。${HOTLINE}`,
  },
  'account.status.active': accountStatus('账号已恢复正常'),
  'account.status.restricted': accountStatus('账号已被限制使用'),
  'account.status.suspended': accountStatus('账号已被暂停使用'),
  'account.status.banned': accountStatus('账号已被封停'),
  'account.status.frozen': accountStatus('账号已冻结'),
  'account.closed': { params: { reason: 'text' }, title: '账号已注销', body: '原因：{reason}' },
  'account.document-claim': {
    params: {},
    title: '冒用您证件的账号已注销',
    body: '工作人员已核实并注销了使用您证件登记的另一个账号。',
  },
  'identity-review.approved': {
    params: {},
    title: '实名核验已通过',
    body: '工作人员已核验您的证件，您的账号已完成实名核验（二级），证件照片已删除。',
  },
  'identity-review.rejected': {
    params: { comment: 'text' },
    title: '实名核验未通过',
    body: '工作人员未能核验您的证件，证件照片已删除。说明：{comment}。请重新拍摄后提交。',
  },
  'proposal.roles.approved': rolesProposal('已获批准并生效'),
  'proposal.roles.refused': rolesProposal('未获批准'),
  'proposal.roles.expired': rolesProposal('超过24小时无人批准，已失效'),
  'proposal.push.approved': pushProposal('已获批准并生效'),
  'proposal.push.refused': pushProposal('未获批准'),
  'proposal.push.expired': pushProposal('超过24小时无人批准，已失效'),
  'request.status.submitted': requestStatus('已提交，等待受理'),
  'request.status.accepted': requestStatus('已受理'),
  'request.status.supplement_requested': requestStatus('需要补正材料'),
  'request.status.resubmitted': requestStatus('已补正，等待审核'),
  'request.status.approved': requestStatus('已办结（准予）'),
  'request.status.rejected': requestStatus('不予批准'),
  'request.status.delivered': requestStatus('已送达'),
  'request.status.closed': requestStatus('已归档'),
  'request.status.withdrawn': requestStatus('已撤回'),
  'agent-grant.approved': {
    params: { enterprise: 'text', comment: 'text' },
    title: '经办人授权已通过',
    body: '您作为{enterprise}经办人的授权申请已通过。[说明：{comment}]',
  },
  'agent-grant.refused': {
    params: { enterprise: 'text', comment: 'text' },
    title: '经办人授权未通过',
    body: '您作为{enterprise}经办人的授权申请未通过。[说明：{comment}]',
  },
  'agent-grant.revoked': {
    params: { enterprise: 'text', reason: 'text' },
    title: '经办人授权已撤销',
    body: '您作为{enterprise}经办人的授权已被撤销。原因：{reason}',
  },
  'enterprise.taken-over': {
    params: { enterprise: 'text', uscc: 'text' },
    title: '企业登记已由法定代表人接管',
    body: '您登记的{enterprise}（{uscc}）经企业登记信息核验，其法定代表人另有其人，登记已由该法定代表人接管，您以该企业名义的授权已撤销。如有异议，请联系商事服务局。',
  },
  'privacy.correction.approved': privacyAnswer('您的信息更正申请已办理'),
  'privacy.correction.refused': privacyAnswer('您的信息更正申请未予办理'),
  'privacy.deletion.approved': privacyAnswer('您的信息删除申请已办理'),
  'privacy.deletion.refused': privacyAnswer('您的信息删除申请未予办理'),
  'privacy.question.approved': privacyAnswer('您的个人信息问题已答复'),
  'privacy.question.refused': privacyAnswer('您的个人信息问题未予办理'),
  'policy.published': {
    params: { document: 'text', summary: 'text', version: 'text', effectiveDate: 'day' },
    title: '《{document}》将于 {effectiveDate} 更新',
    body: '更新内容：{summary}新版本（{version}）自 {effectiveDate} 起生效。',
  },
  'policy.published-reconsent': {
    params: { document: 'text', summary: 'text', version: 'text', effectiveDate: 'day' },
    title: '《{document}》将于 {effectiveDate} 更新',
    body: '更新内容：{summary}新版本（{version}）自 {effectiveDate} 起生效。生效后再次打开琴易办时，请阅读并重新同意；如不同意，可申请注销账号。',
  },
  'audit.anomaly.reveals': auditAnomaly('显示完整个人信息'),
  'audit.anomaly.reads': auditAnomaly('查看个人信息'),
  'audit.anomaly.exports': auditAnomaly('批量发送（导出）联系信息'),
  'audit.anomaly.sign-in-failures': auditAnomaly('登录失败的不同账号'),
  'feedback.answered': { params: { reply: 'text' }, title: '您的意见反馈已有答复', body: '{reply}' },
  'feedback.image-withdrawn': {
    params: {},
    title: '您上传的图片已被撤下',
    body: '您在意见反馈中上传的一张图片经内容安全检查不适宜保存，已被删除；反馈的文字内容不受影响。如需补充材料，请重新提交不含此类内容的图片。',
  },
  'report.decided.dismiss': reportDecided(
    '经核查，被举报的内容暂未发现违反用户协议的情况，本次不作处理。感谢您的监督。',
  ),
  'report.decided.warn': reportDecided('经核查，举报属实，我们已对相关账号作出警告。感谢您的监督。'),
  'report.decided.remove': reportDecided('经核查，举报属实，相关内容已被删除或屏蔽。感谢您的监督。'),
  'report.decided.restrict': reportDecided('经核查，举报属实，相关账号已被限制使用。感谢您的监督。'),
  'report.decided.freeze': reportDecided(
    '您报告被盗的账号已冻结，所有登录已退出。账号所有人可在绑定的微信中完成人脸核验解冻，或携本人证件到服务窗口办理。',
  ),
  'report.warned': reported('您收到一次警告'),
  'report.restricted': reported('账号已被限制使用'),
  'report.removed': reported('您上传的内容已被删除'),
  'report.frozen': {
    params: { note: 'text' },
    title: '账号已冻结',
    body: '有人报告此账号被盗，账号已冻结，所有登录已退出。原因：{note}。解冻请在绑定的微信中完成人脸核验，或携本人证件到服务窗口办理。',
  },
} as const;

export type NoticeKey = keyof typeof zhCNNotices;
