/**
 * 我的登录 (My sessions) and 账号被盗 on the profile, and the confirmations they ask. Simplified
 * Chinese; the other catalogs must match this shape.
 */
export const zhCNSessions = {
  title: '我的登录',
  intro: '以下是您的账号当前有效的登录。如有不认识的设备，请结束该登录并修改密码。',
  current: '本机',
  unknownDevice: '未知设备',
  started: (at: string) => `登录于 ${at}`,
  lastUsed: (at: string) => `最近使用 ${at}`,
  end: '结束此登录',
  endOthers: '结束其他所有登录',
  none: '没有其他登录',
  confirmEnd: {
    title: '结束此登录？',
    content: '该设备将退出登录，需要重新登录才能办理业务。',
    confirmText: '结束',
    cancelText: '取消',
    destructive: true,
    done: '已结束该登录',
  },
  confirmEndOthers: {
    title: '结束其他所有登录？',
    content: '除本机外的所有设备都将退出登录。',
    confirmText: '全部结束',
    cancelText: '取消',
    destructive: true,
    done: '已结束其他登录',
  },
  stolenTitle: '账号被盗',
  stolenIntro:
    '如果您认为账号已被他人使用，可立即冻结：所有登录将退出，任何人（包括您）都不能再登录或办理业务，直到您通过人脸核验解冻，或携本人证件到服务窗口办理。',
  stolenAction: '我的账号被盗，立即冻结',
  confirmFreeze: {
    title: '立即冻结账号？',
    content: '冻结后所有登录将退出，账号不能登录或办理业务，直到解冻。',
    confirmText: '冻结',
    cancelText: '取消',
    destructive: true,
    done: '账号已冻结',
  },
  frozen: '账号已冻结。解冻请在本微信中完成人脸核验，或携本人证件到服务窗口办理。',
  reportOther: '账号不在您手上？在其他微信中也可向工作人员报告“我的账号被盗”',
} as const;
