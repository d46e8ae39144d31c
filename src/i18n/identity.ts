import { enIdentity } from './en-identity';
import { localized } from './locale-store';
import { ptPTIdentity } from './pt-PT-identity';
import { zhCNIdentity } from './zh-CN-identity';
import { zhMOIdentity } from './zh-MO-identity';

/** The active real-name check catalog (see zh-CN-identity.ts for why it is separate). */
export const tIdentity = localized(zhCNIdentity, { 'zh-MO': zhMOIdentity, 'pt-PT': ptPTIdentity, en: enIdentity });
