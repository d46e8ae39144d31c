/**
 * 二次验证 (the staff second factor, policy §6.3.1(3)): its page, the code asked at sign-in and
 * the prompt before full sensitive data. Simplified Chinese; the other catalogs must match.
 */
export const zhCNStaffFactor = {
  title: '二次验证',
  loading: '正在读取…',
  notStaff: '二次验证仅供工作人员使用，您的账号无需设置。',
  enrolled: '已设置二次验证。登录和查看完整个人信息时，请输入身份验证器中的 6 位验证码。',
  notEnrolled: '尚未设置二次验证。工作人员须先设置，才能办理工作人员业务。',
  start: '开始设置',
  steps:
    '1. 在手机上打开身份验证器（如腾讯身份验证器、Google Authenticator）；2. 添加账号，输入下方密钥或打开链接；3. 输入身份验证器显示的 6 位验证码。',
  secretLabel: '密钥（仅显示这一次）',
  copySecret: '复制密钥',
  copyLink: '复制链接',
  copied: '已复制',
  code: '动态验证码',
  codePlaceholder: '身份验证器中的 6 位数字',
  codeNeeded: '请先输入 6 位验证码',
  confirm: '确认设置',
  done: '设置成功',
  busy: '正在验证…',
  promptTitle: '请完成二次验证',
  promptIntro: '请输入身份验证器中当前的 6 位验证码，验证后将继续刚才的操作。',
  verify: '验证并继续',
  cancel: '取消',
  toEnrol: '去设置二次验证',
  deskEnrol: '二次验证：尚未设置，点此设置',
  deskEnrolled: '二次验证：已设置',
  signInCodeIntro: '您是工作人员，请再输入身份验证器中的 6 位动态验证码。',
} as const;
