import { enStaffDesk } from './en-staff-desk';
import { localized } from './locale-store';
import { ptPTStaffDesk } from './pt-PT-staff-desk';
import { zhCNStaffDesk } from './zh-CN-staff-desk';
import { zhMOStaffDesk } from './zh-MO-staff-desk';

/** The active staff-desk catalog (ships in the staff subpackage only). */
export const tStaffDesk = localized(zhCNStaffDesk, { 'zh-MO': zhMOStaffDesk, 'pt-PT': ptPTStaffDesk, en: enStaffDesk });
