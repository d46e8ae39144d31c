import { zhCNRequests } from './zh-CN-requests';

/** The active catalog of the services and staff subpackages (see zh-CN-requests.ts). */
export const tr = zhCNRequests;
