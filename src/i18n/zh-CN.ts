import type { PolicyId } from '../../policies/generated';
/** Every string the UI shows, in Simplified Chinese. A zh-HK/zh-MO catalog must match this shape. */
export const zhCN = {
  app: {
    name: '琴易办',
    owner: '横琴粤澳深度合作区商事服务局',
    serviceLine: '0756-8841889',
  },
  home: {
    welcome: '欢迎使用琴易办',
    subtitle: '企业日常管理、发展助力、营商环境服务，一站办理',
    guestNotice: '您尚未同意用户协议与个人信息保护政策，目前仅可浏览公开信息。',
    reviewAgreement: '阅读并同意协议',
    documents: '协议与政策',
    contact: '服务热线',
    region: '切换城市/所在地区',
    regionLocate: '使用当前位置',
    /** The regions of src/platform/permissions/regions.ts by id, as the region page and home name them. */
    regions: {
      hengqin: '横琴粤澳深度合作区',
      'zhuhai-xiangzhou': '珠海市香洲区',
      'zhuhai-jinwan': '珠海市金湾区',
      'zhuhai-doumen': '珠海市斗门区',
      macao: '澳门特别行政区',
      zhongshan: '中山市',
      jiangmen: '江门市',
      guangzhou: '广州市',
      shenzhen: '深圳市',
      hongkong: '香港特别行政区',
    },
    services: '办事服务',
    myRequests: '我的办件',
    staff: '工作人员办理',
    inbox: '我的消息',
    language: '语言',
    categories: { registration: '商事登记', filing: '备案', certificate: '证明与证照', subsidy: '扶持与补贴' },
    allMatters: '全部事项',
    search: '搜索办事事项',
    searchAction: '搜索',
    glance: { inProgress: '进行中', needsSupplement: '待补正' },
  },
  agreement: {
    title: '用户协议与个人信息保护政策',
    intro:
      '请您务必审慎阅读、充分理解以下协议各条款，特别是以加粗形式提示的免除或者限制责任、限制用户权利的条款。如您不具有完全民事行为能力，请在监护人陪同下阅读。',
    version: '版本',
    effective: '生效日期',
    contents: '目录',
    tick: '我已阅读并同意《用户协议》和《个人信息保护政策》',
    agree: '同意并继续',
    disagree: '不同意',
    tickFirst: '请先勾选同意',
    declined: '您选择了不同意。您仍可浏览公开信息；如需办理业务，可随时重新阅读并同意。',
  },
  /** Page titles, set at runtime (src/platform/page-title.ts); index.config.ts keeps the Simplified one. */
  titles: {
    home: '琴易办',
    agreement: '用户协议与隐私政策',
  },
  policy: {
    /** A document's name in the UI language (the document itself stays in Simplified Chinese). */
    names: {
      'user-agreement': '用户协议',
      'privacy-policy': '个人信息保护政策',
      'sdk-list': '第三方SDK信息',
    } satisfies Record<PolicyId, string>,
    versionOf: (name: string, day: string) => `${name}（${day}版）`,
    notFound: '未找到该文件',
    backToTop: '回到顶部',
    readingCopyLink: '阅读繁体中文参考译本',
    readingCopyLabel:
      '繁体中文参考译本：由简体中文文本自动转换，仅供阅读参考；如有歧义，以简体中文文本为准，您同意的是简体中文文本。',
    readingCopyMissing: '此版本暂无繁体中文参考译本，以下为简体中文文本。',
    authoritativeLink: '查看简体中文正式文本',
    authoritativeNote: '本文件以简体中文为准，不提供其他语言的译本。',
  },
  permissions: {
    systemDenied: (name: string) => `微信未获得系统的${name}权限，请在手机系统设置中允许微信使用${name}。`,
    privacyNotAuthorized: '您尚未同意个人信息保护指引中的相关授权，此功能暂不可用。请在首页重新阅读并同意后再试。',
    privacyNotDeclared: '小程序尚未声明此项个人信息的使用，此功能暂不可用，请拨打服务热线咨询。',
    unavailable: '当前环境不支持此功能',
    failed: '操作未完成，请稍后重试',
    phoneCall: {
      name: '拨打电话',
      purpose: '点击联系方式直接拨打服务热线',
      refusal: '不拨打将无法直接唤起拨号，您可以手动拨打服务热线，不影响您使用其他服务。',
    },
    network: {
      offline: '网络已断开，恢复后可重试',
      retry: '重试',
      loading: '正在加载',
    },
  },
  consent: {
    reconsentIntro:
      '《用户协议》或《个人信息保护政策》已更新。请阅读变更内容，同意后继续使用；如不同意，您可以继续浏览公开信息，或注销账号。',
    cancelAccount: '不同意新版本，注销账号',
    saving: '正在提交…',
    changes: {
      title: '本次更新内容',
      from: '由版本',
      to: '更新为版本',
      added: '新增',
      removed: '删除',
      changed: '修改',
      none: '条款文字无变化',
    },
  },
  privacyCenter: {
    entry: '隐私中心',
  },
  account: {
    profileTitle: '我的账号',
  },
  /** How a label meets its value, items of a list are joined, and an aside is bracketed (src/i18n/compose.ts). */
  punctuation: { colon: '：', list: '、', open: '（', close: '）', clauses: '；' },
  errors: {
    network: '网络异常，请稍后重试',
    internal: '系统繁忙，请稍后重试',
  },
  publication: {
    upcoming: (title: string, date: string) => `《${title}》将于 ${date} 更新：`,
    refuseTitle: '不同意新版本',
    refuseContent: '您可以申请注销账号（用户协议第10.2条），或以游客身份继续浏览公开信息。',
    refuseCancel: '注销账号',
    refuseStay: '继续浏览',
  },
} as const;

export type Messages = typeof zhCN;
