// Traditional Chinese in Macao wording: made from zh-CN-push.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNPush } from './zh-CN-push';
/**
 * The staff push page's strings (packages/staff), in Simplified Chinese. Kept apart from zh-CN.ts
 * so they ship in the staff subpackage, not in the (full) main package.
 */
export const zhMOPush: Catalog<typeof zhCNPush> = {
  title: '推送通知',
  intro: '每條推送都會進入收件人的站內訊息；微信訂閱訊息、短訊和郵件按收件人的授權和設定發送。每次推送均記入審計日誌。',
  titleLabel: '標題（40字以內）',
  bodyLabel: '正文（500字以內）',
  kindLabel: '通知類型',
  kinds: { 'staff.push': '服務通知', maintenance: '系統維護', 'policy.published': '協議與政策更新' },
  audienceLabel: '推送範圍',
  audiences: { person: '指定用戶', matter: '某事項的申請人', policy: '同意某協議版本的用戶', everyone: '全部用戶' },
  accountName: '用戶帳號名',
  matterCode: '事項編碼',
  policyDocument: '協議（user-agreement 或 privacy-policy）',
  policyVersion: '版本號',
  create: '生成預覽',
  audienceSize: (n: number) => `將推送給 ${n} 人`,
  previewWechat: '微信訂閱訊息預覽',
  send: '確認發送',
  progress: (done: number, total: number) => `已處理 ${done} / ${total}`,
  counts: (sent: number, skipped: number, failed: number) => `已發送 ${sent} · 跳過 ${skipped} · 失敗 ${failed}`,
  finished: '推送完成',
  forbidden: '僅推送人員和管理員可以推送通知。',
  signIn: '去登入',
};
