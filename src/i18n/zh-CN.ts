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
  policy: {
    notFound: '未找到该文件',
    backToTop: '回到顶部',
  },
  errors: {
    network: '网络异常，请稍后重试',
    internal: '系统繁忙，请稍后重试',
  },
} as const;

export type Messages = typeof zhCN;
