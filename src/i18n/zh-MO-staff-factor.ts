import type { Catalog } from './catalog';
import type { zhCNStaffFactor } from './zh-CN-staff-factor';

/** 二次驗證 of zh-CN-staff-factor.ts, in Traditional Chinese as written in Macao. */
export const zhMOStaffFactor: Catalog<typeof zhCNStaffFactor> = {
  title: '二次驗證',
  loading: '正在讀取…',
  notStaff: '二次驗證僅供工作人員使用，您的帳號無需設定。',
  enrolled: '已設定二次驗證。登入和查看完整個人資料時，請輸入身份驗證器中的 6 位驗證碼。',
  notEnrolled: '尚未設定二次驗證。工作人員須先設定，才能辦理工作人員業務。',
  start: '開始設定',
  steps:
    '1. 在手機上打開身份驗證器（如騰訊身份驗證器、Google Authenticator）；2. 新增帳號，輸入下方密鑰或打開連結；3. 輸入身份驗證器顯示的 6 位驗證碼。',
  secretLabel: '密鑰（僅顯示這一次）',
  copySecret: '複製密鑰',
  copyLink: '複製連結',
  copied: '已複製',
  code: '動態驗證碼',
  codePlaceholder: '身份驗證器中的 6 位數字',
  codeNeeded: '請先輸入 6 位驗證碼',
  confirm: '確認設定',
  done: '設定成功',
  busy: '正在驗證…',
  promptTitle: '請完成二次驗證',
  promptIntro: '請輸入身份驗證器中目前的 6 位驗證碼，驗證後將繼續剛才的操作。',
  verify: '驗證並繼續',
  cancel: '取消',
  toEnrol: '去設定二次驗證',
  deskEnrol: '二次驗證：尚未設定，按此設定',
  deskEnrolled: '二次驗證：已設定',
  signInCodeIntro: '您是工作人員，請再輸入身份驗證器中的 6 位動態驗證碼。',
};
