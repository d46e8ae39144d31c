// Traditional Chinese in Macao wording: made from zh-CN-reports.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNReports } from './zh-CN-reports';
import type { ReportKind, ReportOutcome, ReportReason } from '../../cloudfunctions/lib/contract/reports';
import type { ActionCopy } from '../platform/confirm-action';

const CANCEL = '取消';

/** Reports (舉報) and the staff feedback and reports queues, in Traditional Chinese, Macao wording (categories and statuses: zh-MO-feedback.ts). */
export const zhMOReports: Catalog<typeof zhCNReports> = {
  kinds: { account: '帳號', message: '訊息', content: '上載的內容' } satisfies Record<ReportKind, string>,
  reasons: {
    illegal: '違法違規',
    fraud: '詐騙或冒充',
    harassment: '騷擾或辱罵',
    privacy: '洩露他人資料',
    compromised: '帳號被盜用',
    other: '其他',
  } satisfies Record<ReportReason, string>,
  outcomes: {
    dismiss: '不予處理',
    warn: '警告',
    remove: '刪除內容',
    restrict: '限制帳號',
    freeze: '凍結帳號',
  } satisfies Record<ReportOutcome, string>,
  entry: {
    link: '舉報帳號或內容',
    title: '舉報',
    intro: '依據用戶協議第5.9條，您可以舉報違反協議的帳號、訊息或內容。我們核查後會在訊息中心告知處理結果。',
    kind: '舉報對象',
    target: { account: '帳號名', message: '訊息編號', content: '內容編號' } satisfies Record<ReportKind, string>,
    reason: '舉報原因',
    text: '補充說明（選填）',
    submit: '提交舉報',
    sent: '舉報已提交，處理結果將通過訊息中心告知您。',
    stolen: '我的帳號被盜',
    stolenIntro:
      '帳號被他人盜用、自己已無法登入？請填寫被盜的帳號名和您的聯絡方式，工作人員核實後會凍結該帳號，並告知您處理結果。',
    contact: '聯絡方式',
    contactPlaceholder: '手機號碼或電子郵箱',
    stolenSubmit: '提交被盜報告',
    stolenSent: '被盜報告已提交。工作人員核實後會凍結帳號，並通過您留下的聯絡方式告知處理結果。',
  },
  feedbackQueue: {
    title: '意見反饋與投訴',
    empty: '暫無待處理的反饋。',
    escalated: '已逾期',
    due: '答覆期限',
    guest: '訪客',
    contact: '聯絡方式',
    assignee: '經辦人',
    unassigned: '未分配',
    assign: '分配給我',
    reply: '答覆',
    replyPlaceholder: '答覆內容（將發送到對方訊息中心）',
    close: '結案',
    unverified:
      '涉及個人資料的投訴須核驗投訴人身份後才能答覆：投訴人尚未完成人臉核驗，也未經工作人員核驗證件（註冊時的證件資料核對不能確認是本人）。請聯絡投訴人在「我的帳號」完成人臉核驗，或由工作人員核驗其證件。',
  },
  reportQueue: {
    title: '舉報處理',
    empty: '暫無待處理的舉報。',
    flagged: '緊急：帳號疑似被盜用',
    notePlaceholder: '處理說明（警告、限制時告知對方）',
    noteRequired: '請先填寫處理說明',
  },
  decideReport: {
    title: '確認處理這條舉報？',
    content: '處理結果將告知舉報人，並記入審計記錄，提交後不能更改。',
    confirmText: '確認處理',
    cancelText: CANCEL,
    destructive: true,
    done: '已處理',
  } satisfies ActionCopy,
  closeFeedback: {
    title: '結案這條反饋？',
    content: '結案後不再出現在待處理隊列中。',
    confirmText: '結案',
    cancelText: CANCEL,
    destructive: false,
    done: '已結案',
  } satisfies ActionCopy,
};
