import { enOidc } from './en-oidc';
import { localized } from './locale-store';
import { ptPTOidc } from './pt-PT-oidc';
import { zhCNOidc } from './zh-CN-oidc';
import { zhMOOidc } from './zh-MO-oidc';

/** The active catalog for signing in to other services (see zh-CN-oidc.ts for why it is separate), following the locale. */
export const tOidc = localized(zhCNOidc, { 'zh-MO': zhMOOidc, 'pt-PT': ptPTOidc, en: enOidc });
