import { requestsZhCN } from './requests.zh-CN';

/** The active catalog of the services and staff subpackages (see requests.zh-CN.ts). */
export const tr = requestsZhCN;
