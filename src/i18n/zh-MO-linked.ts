// Traditional Chinese in Macao wording: made from zh-CN-linked.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNLinked } from './zh-CN-linked';
/**
 * The linked-accounts screen's strings (zh-CN-linked.ts) in Traditional Chinese, Macao wording. Kept apart from
 * zh-CN.ts so they ship in the account subpackage; the other languages must match this shape.
 */
export const zhMOLinked: Catalog<typeof zhCNLinked> = {
  /** The privacy center's link here. */
  entry: '關聯帳號',
  /** Outside platforms by id, in the UI language (the cloud's name is the fallback). */
  providers: { yuexinqian: '粵信簽' },
  intro: '關聯外部帳號（如粵信簽）後，可以用它登入琴易辦。一個外部帳號只能關聯一個琴易辦帳號，您可以隨時解除關聯。',
  password: '登入密碼',
  passwordHint: '請輸入琴易辦登入密碼',
  passwordNeeded: '請先輸入琴易辦登入密碼',
  link: '關聯',
  linkedAt: '關聯於',
  unlink: '解除關聯',
  empty: '尚未關聯外部帳號',
  noProviders: '暫無可關聯的平台',
  signedOut: '請先登入琴易辦帳號',
  unlinkConfirm: {
    title: '解除關聯',
    content: '解除後，將不能再用該外部帳號登入琴易辦。',
    confirm: '解除',
    cancel: '取消',
  },
  unlinkedToast: '已解除關聯',
  signInWith: (platform: string) => `用關聯帳號登入（${platform}）`,
  signInHint: '已在私隱中心關聯外部帳號的，可用該帳號登入；本微信仍須是該琴易辦帳號綁定的微信。',
  callback: {
    finishing: '正在確認外部帳號…',
    declined: '您在該平台取消了授權，未關聯也未登入。',
    incomplete: '該平台未返回授權結果，請重新發起。',
    linkedToast: '已關聯',
    signedInToast: '已登入',
    toSignIn: '返回登入',
    toLinked: '前往關聯帳號',
  },
};
