import { enRequests } from './en-requests';
import { localized } from './locale-store';
import { ptPTRequests } from './pt-PT-requests';
import { zhCNRequests } from './zh-CN-requests';
import { zhMORequests } from './zh-MO-requests';

/** The active catalog of the services and staff subpackages (see zh-CN-requests.ts). */
export const tr = localized(zhCNRequests, { 'zh-MO': zhMORequests, 'pt-PT': ptPTRequests, en: enRequests });
