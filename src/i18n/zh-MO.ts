// Traditional Chinese in Macao wording: made from zh-CN.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCN } from './zh-CN';
import type { PolicyId } from '../../policies/generated';
/** Every string the UI shows, in Simplified Chinese. A zh-HK/zh-MO catalog must match this shape. */
export const zhMO: Catalog<typeof zhCN> = {
  app: {
    name: '琴易辦',
    owner: '橫琴粵澳深度合作區商事服務局',
    serviceLine: '0756-8841889',
  },
  home: {
    welcome: '歡迎使用琴易辦',
    subtitle: '企業日常管理、發展助力、營商環境服務，一站辦理',
    guestNotice: '您尚未同意用戶協議與個人資料保護政策，目前僅可瀏覽公開資料。',
    reviewAgreement: '閱讀並同意協議',
    documents: '協議與政策',
    contact: '服務熱線',
    region: '切換城市/所在地區',
    regionLocate: '使用當前位置',
    regions: {
      hengqin: '橫琴粵澳深度合作區',
      'zhuhai-xiangzhou': '珠海市香洲區',
      'zhuhai-jinwan': '珠海市金灣區',
      'zhuhai-doumen': '珠海市斗門區',
      macao: '澳門特別行政區',
      zhongshan: '中山市',
      jiangmen: '江門市',
      guangzhou: '廣州市',
      shenzhen: '深圳市',
      hongkong: '香港特別行政區',
    },
    services: '辦事服務',
    myRequests: '我的辦件',
    staff: '工作人員辦理',
    inbox: '我的訊息',
    language: '語言',
    categories: { registration: '商事登記', filing: '備案', certificate: '證明與證照', subsidy: '扶持與補貼' },
    allMatters: '全部事項',
    search: '搜尋辦事事項',
    searchAction: '搜尋',
    glance: { inProgress: '進行中', needsSupplement: '待補正' },
  },
  agreement: {
    title: '用戶協議與個人資料保護政策',
    intro:
      '請您務必審慎閱讀、充分理解以下協議各條款，特別是以加粗形式提示的免除或者限制責任、限制用戶權利的條款。如您不具有完全民事行為能力，請在監護人陪同下閱讀。',
    version: '版本',
    effective: '生效日期',
    contents: '目錄',
    tick: '我已閱讀並同意《用戶協議》和《個人資料保護政策》',
    agree: '同意並繼續',
    disagree: '不同意',
    tickFirst: '請先勾選同意',
    declined: '您選擇了不同意。您仍可瀏覽公開資料；如需辦理業務，可隨時重新閱讀並同意。',
  },
  /** Page titles, set at runtime (src/platform/page-title.ts). */
  titles: {
    home: '琴易辦',
    agreement: '用戶協議與隱私政策',
  },
  policy: {
    names: {
      'user-agreement': '用戶協議',
      'privacy-policy': '個人資料保護政策',
      'sdk-list': '第三方SDK資料',
    } satisfies Record<PolicyId, string>,
    versionOf: (name: string, day: string) => `${name}（${day}版）`,
    notFound: '未找到該文件',
    backToTop: '回到頂部',
    readingCopyLink: '閱讀繁體中文參考譯本',
    readingCopyLabel:
      '繁體中文參考譯本：由簡體中文文本自動轉換，僅供閱讀參考；如有歧義，以簡體中文文本為準，您同意的是簡體中文文本。',
    readingCopyMissing: '此版本暫無繁體中文參考譯本，以下為簡體中文文本。',
    authoritativeLink: '查看簡體中文正式文本',
    authoritativeNote: '本文件以簡體中文為準，不提供其他語言的譯本。',
  },
  permissions: {
    systemDenied: (name: string) => `微信未獲得系統的${name}權限，請在手機系統設定中允許微信使用${name}。`,
    privacyNotAuthorized: '您尚未同意個人資料保護指引中的相關授權，此功能暫不可用。請在首頁重新閱讀並同意後再試。',
    privacyNotDeclared: '小程式尚未聲明此項個人資料的使用，此功能暫不可用，請撥打服務熱線諮詢。',
    unavailable: '當前環境不支援此功能',
    failed: '操作未完成，請稍後重試',
    phoneCall: {
      name: '撥打電話',
      purpose: '按聯絡方式直接撥打服務熱線',
      refusal: '不撥打將無法直接喚起撥號，您可以手動撥打服務熱線，不影響您使用其他服務。',
    },
    network: {
      offline: '網絡已斷開，恢復後可重試',
      retry: '重試',
      loading: '正在載入',
    },
  },
  consent: {
    reconsentIntro:
      '《用戶協議》或《個人資料保護政策》已更新。請閱讀變更內容，同意後繼續使用；如不同意，您可以繼續瀏覽公開資料，或註銷帳號。',
    cancelAccount: '不同意新版本，註銷帳號',
    saving: '正在提交…',
    changes: {
      title: '本次更新內容',
      from: '由版本',
      to: '更新為版本',
      added: '新增',
      removed: '刪除',
      changed: '修改',
      none: '條款文字無變化',
    },
  },
  privacyCenter: {
    entry: '隱私中心',
  },
  account: {
    profileTitle: '我的帳號',
  },
  punctuation: { colon: '：', list: '、', open: '（', close: '）', clauses: '；' },
  errors: {
    network: '網絡異常，請稍後重試',
    internal: '系統繁忙，請稍後重試',
  },
  publication: {
    upcoming: (title: string, date: string) => `《${title}》將於 ${date} 更新：`,
    refuseTitle: '不同意新版本',
    refuseContent: '您可以申請註銷帳號（用戶協議第10.2條），或以遊客身份繼續瀏覽公開資料。',
    refuseCancel: '註銷帳號',
    refuseStay: '繼續瀏覽',
  },
};
