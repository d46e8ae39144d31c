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
  kinds: {
    'staff.push': '服務通知',
    maintenance: '系統維護',
    'policy.published': '協議與政策更新',
    'security.incident': '安全事件（僅管理員）',
  },
  audienceLabel: '推送範圍',
  audiences: {
    person: '指定用戶',
    accounts: '受影響的多位用戶',
    matter: '某事項的申請人',
    policy: '同意某協議版本的用戶',
    everyone: '全部用戶',
  },
  accountNames: '受影響用戶的帳號名（用逗號或空格分隔）',
  accountName: '用戶帳號名',
  matterCode: '事項編碼',
  policyDocument: '協議（user-agreement 或 privacy-policy）',
  policyVersion: '版本號',
  create: '生成預覽',
  audienceSize: (n: number) => `將推送給 ${n} 人`,
  previewWechat: '微信訂閱訊息預覽',
  send: '確認發送',
  progress: (done: number, total: number) => `已處理 ${done} / ${total}`,
  inboxCount: (n: number, total: number) => `站內訊息：已送達 ${n} / ${total} 人`,
  counts: (sent: number, skipped: number, failed: number) =>
    `微信通知：已發送 ${sent} · 跳過 ${skipped} · 失敗 ${failed}`,
  wechatNote: '微信通知只發給訂閱了此類通知且未關閉的人；其餘的人只在站內訊息中收到。',
  finished: '推送完成',
  awaitingApproval: '向全體用戶的推送須由另一位管理員批准：已提交到工作台的「待批准」，批准後由批准人發送。',
  forbidden: '僅推送人員和管理員可以推送通知。',
  signIn: '去登入',
  announce: {
    title: '發佈維護或服務變更公告',
    intro:
      '公告自發布起在首頁橫幅向所有人（含未登入訪客）展示，至結束時間為止；同時向全部用戶發送站內訊息。須在開始前發佈。',
    typeLabel: '公告類型',
    types: { maintenance: '系統維護', 'service-change': '服務變更' },
    startsLabel: '開始時間（北京時間，如 2027-01-10 22:00）',
    endsLabel: '結束時間（北京時間）',
    badTime: '請按“2027-01-10 22:00”的格式填寫北京時間',
    publish: '發佈公告',
    published: (when: string) => `公告已發佈，將展示至 ${when}`,
    awaitingApproval: '公告已提交：另一位管理員在工作台批准後，才會展示在首頁並推送給全體用戶。',
    forbidden: '僅管理員可以發佈公告。',
  },
  confirmAnnounce: {
    title: '發佈公告？',
    content: '公告將在首頁向所有人展示，並向全部用戶發送站內訊息，發出後不能撤回。',
    confirmText: '發佈',
    cancelText: '取消',
    destructive: true,
    done: '已發佈',
  },
  confirmIncident: {
    title: '發送安全事件通知？',
    content: '通知將經站內訊息和已授權的微信訂閱訊息發給所選用戶，用戶不能關閉，發出後不能撤回。',
    confirmText: '發送',
    cancelText: '取消',
    destructive: true,
    done: '已發送',
  },
};
