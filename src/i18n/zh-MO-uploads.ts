// Traditional Chinese in Macao wording: made from zh-CN-uploads.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNUploads } from './zh-CN-uploads';
import type { UploadPurpose } from '../../cloudfunctions/lib/contract/files';

/**
 * The "我上載的檔案" screen's strings (policy §8.3: deleting what I uploaded myself), in Traditional
 * Chinese (Macao). Kept apart from zh-CN.ts so they ship in the privacy subpackage only.
 */
export const zhMOUploads: Catalog<typeof zhCNUploads> = {
  /** The privacy center's link here. */
  entry: '我上載的檔案',
  title: '我上載的檔案',
  intro: '這裡列出您上載並通過檢查的檔案。刪除後檔案將從雲端儲存中一併刪除，無法恢復。',
  purposes: {
    material: '申請材料',
    supplement: '補正材料',
    authorisation: '授權書',
    feedback: '意見附件',
    result: '辦理結果',
    'service-logo': '第三方服務圖示',
  } satisfies Record<UploadPurpose, string>,
  uploadedAt: '上載於',
  inUse: '已隨申請提交，按規定隨辦件記錄保存，不能在此刪除',
  remove: '刪除',
  empty: '您還沒有上載過檔案',
  signedOut: '登入後可查看您上載的檔案',
  /** The confirmation before deleting (src/platform/confirm-action.ts; buttons at most 4 characters). */
  confirm: {
    title: '刪除這個檔案？',
    content: '檔案將從雲端儲存中刪除，無法恢復。',
    confirmText: '刪除',
    cancelText: '取消',
    destructive: true,
    done: '已刪除',
  },
};
