import type { Catalog } from './catalog';
import type { zhCNSessions } from './zh-CN-sessions';

/** 我的登入 and 帳號被盜 of zh-CN-sessions.ts, in Traditional Chinese as written in Macao. */
export const zhMOSessions: Catalog<typeof zhCNSessions> = {
  title: '我的登入',
  intro: '以下是您的帳號目前有效的登入。如有不認識的裝置，請結束該登入並修改密碼。',
  current: '本機',
  unknownDevice: '未知裝置',
  started: (at) => `登入於 ${at}`,
  lastUsed: (at) => `最近使用 ${at}`,
  end: '結束此登入',
  endOthers: '結束其他所有登入',
  none: '沒有其他登入',
  confirmEnd: {
    title: '結束此登入？',
    content: '該裝置將登出，需要重新登入才能辦理業務。',
    confirmText: '結束',
    cancelText: '取消',
    destructive: true,
    done: '已結束該登入',
  },
  confirmEndOthers: {
    title: '結束其他所有登入？',
    content: '除本機外的所有裝置都將登出。',
    confirmText: '全部結束',
    cancelText: '取消',
    destructive: true,
    done: '已結束其他登入',
  },
  stolenTitle: '帳號被盜',
  stolenIntro:
    '如果您認為帳號已被他人使用，可立即凍結：所有登入將登出，任何人（包括您）都不能再登入或辦理業務，直到您通過人臉核驗解凍，或攜本人證件到服務窗口辦理。',
  stolenAction: '我的帳號被盜，立即凍結',
  confirmFreeze: {
    title: '立即凍結帳號？',
    content: '凍結後所有登入將登出，帳號不能登入或辦理業務，直到解凍。',
    confirmText: '凍結',
    cancelText: '取消',
    destructive: true,
    done: '帳號已凍結',
  },
  frozen: '帳號已凍結。解凍請在本微信中完成人臉核驗，或攜本人證件到服務窗口辦理。',
  reportOther: '帳號不在您手上？在其他微信中也可向工作人員報告「我的帳號被盜」',
};
