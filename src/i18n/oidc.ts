import { zhCNOidc } from './zh-CN-oidc';

/** The active catalog for signing in to other services (see zh-CN-oidc.ts for why it is separate). */
export const tOidc = zhCNOidc;
