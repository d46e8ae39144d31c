import type { OidcScopeName } from '../../cloudfunctions/lib/contract/oidc';

/**
 * The staff screen where admins register the services that sign people in with a 琴易办 account
 * (agreement §2), in Simplified Chinese; kept apart so it ships in the staff subpackage.
 */
export const zhCNOidcClients = {
  intro: '登记可使用琴易办账号登录的第三方服务。每个服务须提供其自己的用户协议和隐私政策，用户授权前会看到。',
  listTitle: '已登记的服务',
  empty: '尚未登记任何服务。',
  clientId: '服务编号',
  redirectUris: '回调地址',
  miniPrograms: '小程序 AppID',
  scopes: '可申请的信息',
  /** Between a label and its value, and between the items of a list, as this language writes them. */
  colon: '：',
  listSeparator: '、',
  createdAt: '登记时间',
  disabledAt: '已停用',
  active: '使用中',
  disable: '停用',
  confirmDisable: {
    title: '停用该服务',
    content: '停用后，该服务不能再发起登录、换取或刷新令牌，也不能再读取用户信息。此操作不可撤销。',
    confirmText: '停用',
    cancelText: '取消',
    done: '已停用',
  },
  logo: '图标',
  logoHint:
    '选填：PNG 或 JPEG 图片，不超过 200 KB，建议正方形。图标保存在琴易办自己的存储中，授权页不会从该服务的服务器加载。',
  chooseLogo: '选择图片',
  logoChosen: '已选择图标',
  changeLogo: '更换图标',
  logoChanged: '图标已更换',
  noLogo: '未设置图标',
  logoUnusable: '这张图片无法使用，请换一张 PNG 或 JPEG 图片',
  addTitle: '登记新服务',
  name: '服务名称',
  namePlaceholder: '如“横琴示例服务”',
  redirectPlaceholder: '每行一个，须为 https 地址，如 https://svc.example.com/callback',
  miniProgramsPlaceholder: '选填：该服务自己的小程序 AppID，每行一个',
  termsUrl: '该服务的用户协议地址',
  privacyUrl: '该服务的隐私政策地址',
  urlPlaceholder: 'https:// 开头的完整地址',
  scopeNames: {
    openid: '登录标识（必选）',
    profile: '账号名与打码姓名',
    phone: '打码手机号',
    real_name: '实名与认证等级',
    enterprise: '企业信息',
  } satisfies Record<OidcScopeName, string>,
  add: '登记',
  missing: '请填写服务名称、至少一个回调地址，以及用户协议和隐私政策地址',
  added: '已登记',
  secretTitle: '请立即保存以下凭据',
  secretNote: '服务密钥只显示这一次，琴易办只保存其摘要。请通过安全渠道交给该服务的运营者；遗失后须停用并重新登记。',
  secret: '服务密钥',
  secretDone: '我已保存',
};
