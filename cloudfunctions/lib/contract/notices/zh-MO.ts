// Traditional Chinese in Macao wording: made from zh-CN.ts with scripts/i18n/macao-chinese.ts, then reviewed.
import type { NoticeKey } from './zh-CN';
export { zhMONoticeRoles } from './role-names';

export type NoticeTexts = Record<NoticeKey, { title: string; body: string }>;

export const zhMONotices: NoticeTexts = {
  'security.password-changed': {
    title: '密碼已修改',
    body: '您的琴易辦帳號密碼已修改，所有裝置已退出登入。如非本人操作，請立即聯絡服務熱線。',
  },
  'security.sign-in-elsewhere': {
    title: '帳號登入提醒',
    body: '{time}，有人在另一個微信中使用正確的密碼嘗試登入您的琴易辦帳號，已被拒絕。如非本人操作，請立即修改密碼。',
  },
  'security.password-attempts': {
    title: '帳號安全提醒',
    body: '{time}前後，有人在其他微信中多次用錯誤的密碼嘗試登入您的琴易辦帳號，已被暫時阻止。您本人的微信不受影響；如擔心密碼洩露，請修改密碼。',
  },
  'security.account-frozen': {
    title: '帳號已凍結',
    body: '{time}，您在綁定的微信中報告帳號被盜，帳號已凍結，所有登入已退出。解凍請在本微信中完成人臉核驗，或攜本人證件到服務窗口辦理。',
  },
  'security.account-unfrozen': {
    title: '帳號已解凍',
    body: '{time}，您通過人臉核驗解凍了帳號。建議立即修改密碼。',
  },
  'security.rebound': {
    title: '帳號已更換綁定微信',
    body: '您已通過人臉核驗將琴易辦帳號綁定到新的微信，原微信已無法登入。如非本人操作，請立即聯絡服務熱線。',
  },
  'account.cancellation-requested': {
    title: '註銷申請已提交',
    body: '您的帳號將於 {effectiveAt} 註銷，屆時個人資料將被刪除或匿名化。在此之前登入即可撤銷申請。',
  },
  'account.cancellation-withdrawn': {
    title: '註銷申請已撤銷',
    body: '您在冷靜期內登入了帳號，註銷申請已自動撤銷，帳號繼續有效。',
  },
  'account.claim-frozen': {
    title: '帳號已凍結',
    body: '該證件已由其本人核驗認領，本帳號已凍結，請攜本人證件到服務窗口說明情況。如有異議，請撥打服務熱線 0756-8841889。',
  },
  'account.status.active': {
    title: '帳號已恢復正常',
    body: '原因：{reason}[，至 {until}]。如有異議，請撥打服務熱線 0756-8841889。',
  },
  'account.status.restricted': {
    title: '帳號已被限制使用',
    body: '原因：{reason}[，至 {until}]。如有異議，請撥打服務熱線 0756-8841889。',
  },
  'account.status.suspended': {
    title: '帳號已被暫停使用',
    body: '原因：{reason}[，至 {until}]。如有異議，請撥打服務熱線 0756-8841889。',
  },
  'account.status.banned': {
    title: '帳號已被封停',
    body: '原因：{reason}[，至 {until}]。如有異議，請撥打服務熱線 0756-8841889。',
  },
  'account.status.frozen': {
    title: '帳號已凍結',
    body: '原因：{reason}[，至 {until}]。如有異議，請撥打服務熱線 0756-8841889。',
  },
  'account.closed': {
    title: '帳號已註銷',
    body: '原因：{reason}',
  },
  'account.document-claim': {
    title: '冒用您證件的帳號已註銷',
    body: '工作人員已核實並註銷了使用您證件登記的另一個帳號。',
  },
  'identity-review.approved': {
    title: '實名核驗已通過',
    body: '工作人員已核驗您的證件，您的帳號已完成實名核驗（二級），證件照片已刪除。',
  },
  'identity-review.rejected': {
    title: '實名核驗未通過',
    body: '工作人員未能核驗您的證件，證件照片已刪除。說明：{comment}。請重新拍攝後提交。',
  },
  'proposal.roles.approved': {
    title: '角色授予提議已獲批准並生效',
    body: '您提議為帳號 {account} 授予「{roles}」角色，已獲批准並生效。[說明：{reason}]',
  },
  'proposal.roles.refused': {
    title: '角色授予提議未獲批准',
    body: '您提議為帳號 {account} 授予「{roles}」角色，未獲批准。[說明：{reason}]',
  },
  'proposal.roles.expired': {
    title: '角色授予提議超過24小時無人批准，已失效',
    body: '您提議為帳號 {account} 授予「{roles}」角色，超過24小時無人批准，已失效。[說明：{reason}]',
  },
  'proposal.push.approved': {
    title: '全員推送提議已獲批准並生效',
    body: '您提議向全體用戶推送「{title}」，已獲批准並生效。[說明：{reason}]',
  },
  'proposal.push.refused': {
    title: '全員推送提議未獲批准',
    body: '您提議向全體用戶推送「{title}」，未獲批准。[說明：{reason}]',
  },
  'proposal.push.expired': {
    title: '全員推送提議超過24小時無人批准，已失效',
    body: '您提議向全體用戶推送「{title}」，超過24小時無人批准，已失效。[說明：{reason}]',
  },
  'request.status.submitted': {
    title: '{matter}：已提交，等待受理',
    body: '您的申請（編號 {number}）已提交，等待受理。[說明：{comment}]',
  },
  'request.status.accepted': {
    title: '{matter}：已受理',
    body: '您的申請（編號 {number}）已受理。[說明：{comment}]',
  },
  'request.status.supplement_requested': {
    title: '{matter}：需要補正材料',
    body: '您的申請（編號 {number}）需要補正材料。[說明：{comment}]',
  },
  'request.status.resubmitted': {
    title: '{matter}：已補正，等待審核',
    body: '您的申請（編號 {number}）已補正，等待審核。[說明：{comment}]',
  },
  'request.status.approved': {
    title: '{matter}：已辦結（准予）',
    body: '您的申請（編號 {number}）已辦結（准予）。[說明：{comment}]',
  },
  'request.status.rejected': {
    title: '{matter}：不予批准',
    body: '您的申請（編號 {number}）不予批准。[說明：{comment}]',
  },
  'request.status.delivered': {
    title: '{matter}：已送達',
    body: '您的申請（編號 {number}）已送達。[說明：{comment}]',
  },
  'request.status.closed': {
    title: '{matter}：已歸檔',
    body: '您的申請（編號 {number}）已歸檔。[說明：{comment}]',
  },
  'request.status.withdrawn': {
    title: '{matter}：已撤回',
    body: '您的申請（編號 {number}）已撤回。[說明：{comment}]',
  },
  'agent-grant.approved': {
    title: '經辦人授權已通過',
    body: '您作為{enterprise}經辦人的授權申請已通過。[說明：{comment}]',
  },
  'agent-grant.refused': {
    title: '經辦人授權未通過',
    body: '您作為{enterprise}經辦人的授權申請未通過。[說明：{comment}]',
  },
  'agent-grant.revoked': {
    title: '經辦人授權已撤銷',
    body: '您作為{enterprise}經辦人的授權已被撤銷。原因：{reason}',
  },
  'enterprise.taken-over': {
    title: '企業登記已由法定代表人接管',
    body: '您登記的{enterprise}（{uscc}）經企業登記資料核驗，其法定代表人另有其人，登記已由該法定代表人接管，您以該企業名義的授權已撤銷。如有異議，請聯絡商事服務局。',
  },
  'privacy.correction.approved': {
    title: '您的資料更正申請已辦理',
    body: '{reply}',
  },
  'privacy.correction.refused': {
    title: '您的資料更正申請未予辦理',
    body: '{reply}',
  },
  'privacy.deletion.approved': {
    title: '您的資料刪除申請已辦理',
    body: '{reply}',
  },
  'privacy.deletion.refused': {
    title: '您的資料刪除申請未予辦理',
    body: '{reply}',
  },
  'privacy.question.approved': {
    title: '您的個人資料問題已答覆',
    body: '{reply}',
  },
  'privacy.question.refused': {
    title: '您的個人資料問題未予辦理',
    body: '{reply}',
  },
  'policy.published': {
    title: '《{document}》將於 {effectiveDate} 更新',
    body: '更新內容：{summary}新版本（{version}）自 {effectiveDate} 起生效。',
  },
  'policy.published-reconsent': {
    title: '《{document}》將於 {effectiveDate} 更新',
    body: '更新內容：{summary}新版本（{version}）自 {effectiveDate} 起生效。生效後再次打開琴易辦時，請閱讀並重新同意；如不同意，可申請註銷帳號。',
  },
  'audit.anomaly.reveals': {
    title: '審計提示：操作異常',
    body: '[工作人員 {staff}][未登入的調用方 {caller}] 在 {windowStart} 起的一小時內顯示完整個人資料涉及 {count} 人，超過 {limit} 人的提示線。請在審計日誌中核查。',
  },
  'audit.anomaly.reads': {
    title: '審計提示：操作異常',
    body: '[工作人員 {staff}][未登入的調用方 {caller}] 在 {windowStart} 起的一小時內查看個人資料涉及 {count} 人，超過 {limit} 人的提示線。請在審計日誌中核查。',
  },
  'audit.anomaly.exports': {
    title: '審計提示：操作異常',
    body: '[工作人員 {staff}][未登入的調用方 {caller}] 在 {windowStart} 起的一小時內批量發送（導出）聯絡資料涉及 {count} 人，超過 {limit} 人的提示線。請在審計日誌中核查。',
  },
  'audit.anomaly.sign-in-failures': {
    title: '審計提示：操作異常',
    body: '[工作人員 {staff}][未登入的調用方 {caller}] 在 {windowStart} 起的一小時內登入失敗的不同帳號涉及 {count} 人，超過 {limit} 人的提示線。請在審計日誌中核查。',
  },
  'feedback.answered': {
    title: '您的意見反饋已有答覆',
    body: '{reply}',
  },
  'feedback.image-withdrawn': {
    title: '您上載的圖片已被撤下',
    body: '您在意見反饋中上載的一張圖片經內容安全檢查不適宜保存，已被刪除；反饋的文字內容不受影響。如需補充材料，請重新提交不含此類內容的圖片。',
  },
  'report.decided.dismiss': {
    title: '您的舉報已處理',
    body: '經核查，被舉報的內容暫未發現違反用戶協議的情況，本次不作處理。感謝您的監督。',
  },
  'report.decided.warn': {
    title: '您的舉報已處理',
    body: '經核查，舉報屬實，我們已對相關帳號作出警告。感謝您的監督。',
  },
  'report.decided.remove': {
    title: '您的舉報已處理',
    body: '經核查，舉報屬實，相關內容已被刪除或屏蔽。感謝您的監督。',
  },
  'report.decided.restrict': {
    title: '您的舉報已處理',
    body: '經核查，舉報屬實，相關帳號已被限制使用。感謝您的監督。',
  },
  'report.decided.freeze': {
    title: '您的舉報已處理',
    body: '您報告被盜的帳號已凍結，所有登入已退出。帳號所有人可在綁定的微信中完成人臉核驗解凍，或攜本人證件到服務窗口辦理。',
  },
  'report.warned': {
    title: '您收到一次警告',
    body: '原因：{note}。如有異議，請撥打服務熱線 0756-8841889。',
  },
  'report.restricted': {
    title: '帳號已被限制使用',
    body: '原因：{note}。如有異議，請撥打服務熱線 0756-8841889。',
  },
  'report.removed': {
    title: '您上載的內容已被刪除',
    body: '原因：{note}。如有異議，請撥打服務熱線 0756-8841889。',
  },
  'report.frozen': {
    title: '帳號已凍結',
    body: '有人報告此帳號被盜，帳號已凍結，所有登入已退出。原因：{note}。解凍請在綁定的微信中完成人臉核驗，或攜本人證件到服務窗口辦理。',
  },
};
