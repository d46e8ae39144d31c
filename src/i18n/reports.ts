import { zhCNReports } from './zh-CN-reports';

/** The active reports and staff feedback catalog. */
export const tReports = zhCNReports;
