import { enOidcClients } from './en-oidc-clients';
import { localized } from './locale-store';
import { ptPTOidcClients } from './pt-PT-oidc-clients';
import { zhCNOidcClients } from './zh-CN-oidc-clients';
import { zhMOOidcClients } from './zh-MO-oidc-clients';

/** The active catalog of the staff screen that registers services (zh-CN-oidc-clients.ts), following the locale. */
export const tOidcClients = localized(zhCNOidcClients, {
  'zh-MO': zhMOOidcClients,
  'pt-PT': ptPTOidcClients,
  en: enOidcClients,
});
