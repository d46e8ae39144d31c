// Traditional Chinese in Macao wording: made from zh-CN-feedback.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNFeedback } from './zh-CN-feedback';
import type { FeedbackCategory, FeedbackStatus } from '../../cloudfunctions/lib/contract/feedback';

/**
 * The feedback subpackage's strings, in Simplified Chinese. Kept apart from zh-CN.ts so they ship
 * in that subpackage, not in the (full) main package; a zh-HK/zh-MO catalog must match this shape.
 */
export const zhMOFeedback: Catalog<typeof zhCNFeedback> = {
  /** The privacy center's link here. */
  entry: '意見反饋與投訴',
  title: '意見反饋與投訴',
  intro:
    '對用戶協議、個人資料保護政策及其承諾的意見，以及投訴和建議，都可以在這裡提交。我們將盡快審核所涉問題，並在驗證您的用戶身份後予以回覆。',
  category: '反饋類型',
  categories: {
    agreement: '用戶協議',
    privacy: '個人資料保護',
    complaint: '投訴',
    suggestion: '建議',
  } satisfies Record<FeedbackCategory, string>,
  text: '反饋內容（500字以內）',
  textPlaceholder: '請描述您的意見或遇到的問題',
  photos: '圖片（選填，最多4張）',
  fromAlbum: '從相冊選擇',
  fromCamera: '拍照',
  locationNotice: '上載前預設刪除照片中的位置資料（拍攝地點）。',
  keepLocation: '保留照片中的位置資料',
  photoLabel: (n: number, location: 'removed' | 'none' | 'not-jpeg' | 'unreadable' | 'kept') =>
    `圖片${n}${location === 'removed' ? '（已刪除位置資料）' : location === 'kept' ? '（保留位置資料）' : ''}`,
  skipped: (n: number) => `${n}張照片的位置資料無法安全刪除，未添加。`,
  tooLarge: (n: number) => `${n}個文件超過大小限制，未添加。`,
  uploading: '正在上載…',
  removePhoto: '刪除',
  voice: '語音留言（選填，一條）',
  /** The names attachments are stored under, shown in 我上传的文件 (the photo's number follows). */
  photoFile: '反饋圖片',
  voiceFile: '反饋語音',
  record: '按此開始錄音',
  stop: '結束錄音',
  recording: '正在錄音…',
  voiceAdded: (seconds: number) => `已添加語音 ${seconds} 秒`,
  removeVoice: '刪除語音',
  voiceOff: '麥克風未開啟，語音留言不可用；您仍可提交文字和圖片。',
  submit: '提交',
  /** Shown next to 提交 while it is unavailable. */
  submitBlocked: '請先填寫反饋內容',
  submitted: '已提交，感謝您的反饋。',
  mine: '我的反饋',
  none: '暫無反饋記錄',
  remove: '刪除這條反饋',
  signInFirst: '請先登入後再提交反饋',
  signIn: '去登入',
  attachments: (photos: number, voice: boolean) =>
    [photos > 0 ? `圖片${photos}張` : '', voice ? '語音1條' : ''].filter(Boolean).join('，'),
  reply: (at: string) => `工作人員答覆（${at}）`,
  statuses: {
    received: '已受理',
    'in-progress': '處理中',
    answered: '已答覆',
    closed: '已辦結',
  } satisfies Record<FeedbackStatus, string>,
};
