import type { UploadPurpose } from '../../cloudfunctions/lib/contract/files';

/**
 * The "我上传的文件" screen's strings (policy §8.3: deleting what I uploaded myself), in Simplified
 * Chinese. Kept apart from zh-CN.ts so they ship in the privacy subpackage only.
 */
export const zhCNUploads = {
  /** The privacy center's link here. */
  entry: '我上传的文件',
  title: '我上传的文件',
  intro: '这里列出您上传并通过检查的文件。删除后文件将从云存储中一并删除，无法恢复。',
  purposes: {
    material: '申请材料',
    supplement: '补正材料',
    authorisation: '授权书',
    feedback: '反馈附件',
    result: '办理结果',
    'service-logo': '第三方服务图标',
  } satisfies Record<UploadPurpose, string>,
  uploadedAt: '上传于',
  inUse: '已随申请提交，按规定随办件记录保存，不能在此删除',
  remove: '删除',
  empty: '您还没有上传过文件',
  signedOut: '登录后可查看您上传的文件',
  /** The confirmation before deleting (src/platform/confirm-action.ts; buttons at most 4 characters). */
  confirm: {
    title: '删除这个文件？',
    content: '文件将从云存储中删除，无法恢复。',
    confirmText: '删除',
    cancelText: '取消',
    destructive: true,
    done: '已删除',
  },
};
