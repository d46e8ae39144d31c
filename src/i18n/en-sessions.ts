import type { Catalog } from './catalog';
import type { zhCNSessions } from './zh-CN-sessions';

/** My sessions and "my account was stolen" of zh-CN-sessions.ts, in English. */
export const enSessions: Catalog<typeof zhCNSessions> = {
  title: 'My sign-ins',
  intro:
    'These are the active sign-ins of your account. If you do not recognise a device, end its sign-in and change your password.',
  current: 'This device',
  unknownDevice: 'Unknown device',
  started: (at) => `Signed in ${at}`,
  lastUsed: (at) => `Last used ${at}`,
  end: 'End this sign-in',
  endOthers: 'End all other sign-ins',
  none: 'No other sign-ins',
  confirmEnd: {
    title: 'End this sign-in?',
    content: 'That device will be signed out and must sign in again to use services.',
    confirmText: 'End',
    cancelText: 'Cancel',
    destructive: true,
    done: 'Sign-in ended',
  },
  confirmEndOthers: {
    title: 'End all other sign-ins?',
    content: 'Every device but this one will be signed out.',
    confirmText: 'End all',
    cancelText: 'Cancel',
    destructive: true,
    done: 'Other sign-ins ended',
  },
  stolenTitle: 'Account stolen',
  stolenIntro:
    'If you think someone else is using your account, freeze it now: every sign-in ends, and nobody (you included) can sign in or use services until you unfreeze it by face verification, or at a service counter with your ID document.',
  stolenAction: 'My account was stolen: freeze it now',
  confirmFreeze: {
    title: 'Freeze the account now?',
    content: 'Every sign-in ends, and the account cannot sign in or use services until it is unfrozen.',
    confirmText: 'Freeze',
    cancelText: 'Cancel',
    destructive: true,
    done: 'Account frozen',
  },
  frozen:
    'The account is frozen. To unfreeze it, complete face verification in this WeChat, or go to a service counter with your ID document.',
  reportOther: 'Account not in your hands? From another WeChat you can also report "my account was stolen" to staff',
};
