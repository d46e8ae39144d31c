import { enReports } from './en-reports';
import { localized } from './locale-store';
import { ptPTReports } from './pt-PT-reports';
import { zhCNReports } from './zh-CN-reports';
import { zhMOReports } from './zh-MO-reports';

/** The active reports and staff feedback catalog, following the locale. */
export const tReports = localized(zhCNReports, { 'zh-MO': zhMOReports, 'pt-PT': ptPTReports, en: enReports });
