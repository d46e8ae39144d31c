import type { FeedbackCategory, FeedbackStatus } from '../../cloudfunctions/lib/contract/feedback';

/**
 * The feedback subpackage's strings, in Simplified Chinese. Kept apart from zh-CN.ts so they ship
 * in that subpackage, not in the (full) main package; a zh-HK/zh-MO catalog must match this shape.
 */
export const zhCNFeedback = {
  /** The privacy center's link here. */
  entry: '意见反馈与投诉',
  title: '意见反馈与投诉',
  intro:
    '对用户协议、个人信息保护政策及其承诺的意见，以及投诉和建议，都可以在这里提交。我们将尽快审核所涉问题，并在验证您的用户身份后予以回复。',
  category: '反馈类型',
  categories: {
    agreement: '用户协议',
    privacy: '个人信息保护',
    complaint: '投诉',
    suggestion: '建议',
  } satisfies Record<FeedbackCategory, string>,
  text: '反馈内容（500字以内）',
  textPlaceholder: '请描述您的意见或遇到的问题',
  photos: '图片（选填，最多4张）',
  fromAlbum: '从相册选择',
  fromCamera: '拍照',
  locationNotice: '上传前默认删除照片中的位置信息（拍摄地点）。',
  keepLocation: '保留照片中的位置信息',
  photoLabel: (n: number, location: 'removed' | 'none' | 'not-jpeg' | 'unreadable' | 'kept') =>
    `图片${n}${location === 'removed' ? '（已删除位置信息）' : location === 'kept' ? '（保留位置信息）' : ''}`,
  skipped: (n: number) => `${n}张照片的位置信息无法安全删除，未添加。`,
  tooLarge: (n: number) => `${n}个文件超过大小限制，未添加。`,
  uploading: '正在上传…',
  removePhoto: '删除',
  voice: '语音留言（选填，一条）',
  /** The names attachments are stored under, shown in 我上传的文件 (the photo's number follows). */
  photoFile: '反馈图片',
  voiceFile: '反馈语音',
  record: '按此开始录音',
  stop: '结束录音',
  recording: '正在录音…',
  voiceAdded: (seconds: number) => `已添加语音 ${seconds} 秒`,
  removeVoice: '删除语音',
  voiceOff: '麦克风未开启，语音留言不可用；您仍可提交文字和图片。',
  submit: '提交',
  /** Shown next to 提交 while it is unavailable. */
  submitBlocked: '请先填写反馈内容',
  submitted: '已提交，感谢您的反馈。',
  mine: '我的反馈',
  none: '暂无反馈记录',
  remove: '删除这条反馈',
  signInFirst: '请先登录后再提交反馈',
  signIn: '去登录',
  attachments: (photos: number, voice: boolean) =>
    [photos > 0 ? `图片${photos}张` : '', voice ? '语音1条' : ''].filter(Boolean).join('，'),
  reply: (at: string) => `工作人员答复（${at}）`,
  statuses: {
    received: '已受理',
    'in-progress': '处理中',
    answered: '已答复',
    closed: '已办结',
  } satisfies Record<FeedbackStatus, string>,
};
