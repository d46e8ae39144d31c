/**
 * The linked-accounts screen's strings (policy §7.1), in Simplified Chinese. Kept apart from
 * zh-CN.ts so they ship in the account subpackage; the other languages must match this shape.
 */
export const zhCNLinked = {
  /** The privacy center's link here. */
  entry: '关联账号',
  /** Outside platforms by id, in the UI language (the cloud's name is the fallback). */
  providers: { yuexinqian: '粤信签' } as Record<string, string>,
  intro: '关联外部账号（如粤信签）后，可以用它登录琴易办。一个外部账号只能关联一个琴易办账号，您可以随时解除关联。',
  password: '登录密码',
  passwordHint: '请输入琴易办登录密码',
  passwordNeeded: '请先输入琴易办登录密码',
  link: '关联',
  linkedAt: '关联于',
  unlink: '解除关联',
  empty: '尚未关联外部账号',
  noProviders: '暂无可关联的平台',
  signedOut: '请先登录琴易办账号',
  unlinkConfirm: {
    title: '解除关联',
    content: '解除后，将不能再用该外部账号登录琴易办。',
    confirm: '解除',
    cancel: '取消',
  },
  unlinkedToast: '已解除关联',
  /** The sign-in page: 用关联账号登录, one button per platform. */
  signInWith: (platform: string) => `用关联账号登录（${platform}）`,
  signInHint: '已在隐私中心关联外部账号的，可用该账号登录；本微信仍须是该琴易办账号绑定的微信。',
  callback: {
    finishing: '正在确认外部账号…',
    declined: '您在该平台取消了授权，未关联也未登录。',
    incomplete: '该平台未返回授权结果，请重新发起。',
    linkedToast: '已关联',
    signedInToast: '已登录',
    toSignIn: '返回登录',
    toLinked: '前往关联账号',
  },
};
